namespace GraphApi.Security;

/// <summary>The codes of authentication and authorization refusals.</summary>
public static class SecurityErrorCodes
{
    /// <summary>No API key, or one that is unknown or revoked.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>A valid key whose role may not do this.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
