using System.Net;
using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Security;

/// <summary>
/// Checks API keys against their stored hashes. Answers are remembered for <see cref="CacheDuration"/>, so a
/// busy connector costs no database read per request; a revoked key stops working within that time. Valid and
/// unknown keys are remembered apart, each cache bounded, so a flood of bad keys cannot push the good ones out;
/// and a client address whose keys keep failing is throttled.
/// </summary>
public sealed class ApiKeyAuthenticator(IServiceScopeFactory scopes, TimeProvider clock, SecurityLimitsOptions limits, FailedAuthenticationThrottle throttle)
{
    /// <summary>How long an answer is remembered.</summary>
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(10);

    private readonly BoundedExpiringCache<string, AuthenticatedKey> _valid = new(limits.KeyCacheSize, clock);
    private readonly BoundedExpiringCache<string, bool> _unknown = new(limits.UnknownKeyCacheSize, clock);

    /// <summary>Checks a key sent from <paramref name="address"/>: valid, unknown (counted against the address; no address counts as one), or refused unchecked while the address is throttled.</summary>
    public async ValueTask<KeyCheck> AuthenticateAsync(string key, IPAddress? address, CancellationToken cancellationToken)
    {
        if (key.Length is 0 or > 256)
        {
            return Failed(address);
        }

        var hash = ApiKeyGenerator.Hash(key);
        if (_valid.TryGet(hash, out var cached))
        {
            return new KeyCheck(cached, null);
        }

        if (throttle.RetryAfter(address) is { } retryAfter)
        {
            return new KeyCheck(null, retryAfter);
        }

        if (_unknown.TryGet(hash, out _))
        {
            return Failed(address);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Hash == hash && k.RevokedAt == null)
            .Select(k => new AuthenticatedKey(k.Id, k.Name, k.Role, k.CustomerId, k.StaffMemberId))
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            _unknown.Set(hash, true, CacheDuration);
            return Failed(address);
        }

        _valid.Set(hash, found, CacheDuration);
        return new KeyCheck(found, null);
    }

    /// <summary>Forgets a key's remembered answer, so that its revocation takes effect on the next request.</summary>
    public void Forget(int keyId) => _valid.RemoveWhere(key => key.Id == keyId);

    /// <summary>The key in an <c>Authorization</c> value: <c>Bearer &lt;key&gt;</c> (the scheme is case-insensitive).</summary>
    public static string? BearerToken(string? authorization)
    {
        const string scheme = "Bearer ";
        return authorization is not null && authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? authorization[scheme.Length..].Trim()
            : null;
    }

    private KeyCheck Failed(IPAddress? address)
    {
        throttle.Failed(address);
        return new KeyCheck(null, null);
    }
}
