namespace GraphApi.Security;

/// <summary>The codes of authentication and authorization refusals.</summary>
public static class SecurityErrorCodes
{
    /// <summary>No API key or token, or one that is unknown, revoked, expired or not for this API.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>A valid key whose role may not do this.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>The caller (or, for WebSockets, its address) holds as many WebSockets or event streams as allowed.</summary>
    public const string TooManyConnections = "TOO_MANY_CONNECTIONS";
}
