using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GraphApi.Security;

/// <summary>
/// The API-key scheme: authenticates <c>Authorization: Bearer &lt;key&gt;</c>, and answers a request it could not
/// authenticate with 401 and <c>AUTH_NOT_AUTHENTICATED</c> (429 and <c>RATE_LIMITED</c> while its address is throttled).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyAuthenticator authenticator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The <c>HttpContext.Items</c> entry holding the authenticated key's grant.</summary>
    public const string KeyItem = "GraphApi.Security.AuthenticatedKey";

    private TimeSpan? _throttled;

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var credential = ApiKeyAuthenticator.BearerToken(Request.Headers.Authorization);
        if (credential is null)
        {
            return AuthenticateResult.NoResult();
        }

        var check = await authenticator.AuthenticateAsync(credential, Context.Connection.RemoteIpAddress, Context.RequestAborted);
        if (check.RetryAfter is { } retryAfter)
        {
            _throttled = retryAfter;
            return AuthenticateResult.Fail("Too many failed authentications from this address; wait before trying another key.");
        }

        if (check.Key is not { } key)
        {
            return AuthenticateResult.Fail("The API key is unknown or has been revoked.");
        }

        Context.Items[KeyItem] = key;
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, key.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ClaimTypes.Role, key.Role.ToString()),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await AuthenticationRefusal.WriteAsync(Context, result.Failure?.Message ?? AuthenticationRefusal.MissingCredential, _throttled);
    }
}
