namespace GraphApi.Security;

/// <summary>The names of the service's authentication schemes and authorization policy.</summary>
public static class GraphApiAuthentication
{
    /// <summary>The default scheme: hands a bearer credential to <see cref="JwtScheme"/> when it is a JWT and tokens are configured, else to <see cref="ApiKeyScheme"/>.</summary>
    public const string Scheme = "GraphApi";

    /// <summary>API keys (<c>gapi_...</c>).</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>The identity provider's bearer tokens (JwtBearer).</summary>
    public const string JwtScheme = "Jwt";

    /// <summary>The GraphQL endpoint's policy: an authenticated caller, or a WebSocket upgrade that authenticates in <c>connection_init</c>.</summary>
    public const string GraphQLPolicy = "GraphQLCaller";

    /// <summary>Whether a bearer credential has a JWT's shape (three dot-separated parts) rather than an API key's.</summary>
    public static bool LooksLikeJwt(string credential) =>
        !credential.StartsWith(ApiKeyGenerator.Prefix, StringComparison.Ordinal) && credential.Count(c => c == '.') == 2;
}
