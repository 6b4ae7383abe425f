using System.Security.Claims;
using GraphApi.Api;
using GraphApi.Customers;
using GraphApi.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Security;

/// <summary>
/// Turns a validated identity-provider token into a grant (<see cref="AuthenticatedToken"/>) by the configured claim
/// mapping; validates tokens that arrive outside the <c>Authorization</c> header (a WebSocket's <c>connection_init</c>)
/// with the same JwtBearer options; and says in a sentence why a token was refused.
/// </summary>
public sealed class TokenAuthenticator(JwtOptions jwt, IOptionsMonitor<JwtBearerOptions> bearerOptions, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The <c>HttpContext.Items</c> entry holding the authenticated token's grant.</summary>
    public const string GrantItem = "GraphApi.Security.AuthenticatedToken";

    private static readonly TimeSpan CustomerCacheDuration = TimeSpan.FromMinutes(1);
    private readonly BoundedExpiringCache<string, int?> _customers = new(10_000, clock);

    /// <summary>Validates <paramref name="token"/> as the JwtBearer scheme would, then maps it; the grant, or why not.</summary>
    public async Task<(AuthenticatedToken? Grant, string? Failure)> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        var options = bearerOptions.Get(GraphApiAuthentication.JwtScheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(cancellationToken);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }

        Exception? failure = null;
        foreach (var handler in options.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(token, parameters);
            if (result.IsValid)
            {
                return await MapAsync(new ClaimsPrincipal(result.ClaimsIdentity), result.SecurityToken.ValidTo, cancellationToken);
            }

            failure ??= result.Exception;
        }

        return (null, Describe(failure));
    }

    /// <summary>Maps a validated token's claims to a grant: its role, and for a customer token its customer; or why it maps to none.</summary>
    public async Task<(AuthenticatedToken? Grant, string? Failure)> MapAsync(ClaimsPrincipal principal, DateTime validTo, CancellationToken cancellationToken)
    {
        var subject = principal.FindFirst("sub");
        if (subject is null || string.IsNullOrWhiteSpace(subject.Value))
        {
            return (null, "The token has no 'sub' claim.");
        }

        var mapping = jwt.RoleMapping;
        var roles = principal.FindAll(jwt.RoleClaim).Select(claim => mapping.TryGetValue(claim.Value, out var role) ? role : (ApiKeyRole?)null).OfType<ApiKeyRole>().ToList();
        if (roles.Count == 0)
        {
            return (null, $"The token's '{jwt.RoleClaim}' claim names no GraphApi role (expected one of: {string.Join(", ", mapping.Keys)}).");
        }

        var granted = roles.Min();
        int? customerId = null;
        if (granted == ApiKeyRole.Customer)
        {
            var claim = principal.FindFirst(jwt.CustomerClaim)?.Value;
            customerId = claim is null ? null : await CustomerAsync(claim, cancellationToken);
            if (customerId is null)
            {
                return (null, claim is null
                    ? $"A customer token needs a '{jwt.CustomerClaim}' claim: the customer's GraphQL id or email address."
                    : $"The token's '{jwt.CustomerClaim}' claim names no customer.");
            }
        }

        var name = principal.FindFirst(jwt.NameClaim)?.Value is { Length: > 0 } named ? named : subject.Value;
        var expiresAt = new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc));
        return (new AuthenticatedToken(subject.Issuer, subject.Value, name, granted, customerId, expiresAt), null);
    }

    /// <summary>Why a token was refused, in one sentence for the client.</summary>
    public static string Describe(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException expired => $"The token expired at {expired.Expires:u}; get a new one from the identity provider.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The token is not for this API: its audience (aud) is wrong.",
        SecurityTokenInvalidIssuerException => "The token's issuer (iss) is not trusted here.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature does not verify with the identity provider's keys.",
        SecurityTokenMalformedException or ArgumentException => "The bearer credential is neither an API key nor a well-formed token.",
        SecurityTokenException => "The token is not valid here.",
        { Message: { Length: > 0 } message } => message,
        _ => AuthenticationRefusal.MissingCredential,
    };

    private async Task<int?> CustomerAsync(string claim, CancellationToken cancellationToken)
    {
        var byId = GlobalId.TryDecode(claim, nameof(Customer), out var id);
        if (!byId && (!claim.Contains('@', StringComparison.Ordinal) || claim.Length > 320))
        {
            return null;
        }

        if (_customers.TryGet(claim, out var cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        var customers = db.Customers.AsNoTracking();
        var found = await (byId ? customers.Where(c => c.Id == id) : customers.Where(c => c.Email == claim)).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        _customers.Set(claim, found, CustomerCacheDuration);
        return found;
    }
}
