using System.Collections.Concurrent;
using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Security;

/// <summary>
/// Checks API keys against their stored hashes. Answers are remembered for <see cref="CacheDuration"/>, so a
/// busy connector costs no database read per request; a revoked key stops working within that time.
/// </summary>
public sealed class ApiKeyAuthenticator(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>How long an answer is remembered.</summary>
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(10);

    private const int MaxCachedKeys = 10_000;
    private readonly ConcurrentDictionary<string, (AuthenticatedKey? Key, DateTimeOffset Expires)> _cache = new(StringComparer.Ordinal);

    /// <summary>The key's grant, or null when the key is unknown or revoked.</summary>
    public async ValueTask<AuthenticatedKey?> AuthenticateAsync(string key, CancellationToken cancellationToken)
    {
        if (key.Length is 0 or > 256)
        {
            return null;
        }

        var hash = ApiKeyGenerator.Hash(key);
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(hash, out var cached) && cached.Expires > now)
        {
            return cached.Key;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Hash == hash && k.RevokedAt == null)
            .Select(k => new AuthenticatedKey(k.Id, k.Name, k.Role, k.CustomerId, k.StaffMemberId))
            .FirstOrDefaultAsync(cancellationToken);
        if (_cache.Count >= MaxCachedKeys)
        {
            _cache.Clear();
        }

        _cache[hash] = (found, now + CacheDuration);
        return found;
    }

    /// <summary>The key in an <c>Authorization</c> value: <c>Bearer &lt;key&gt;</c> (the scheme is case-insensitive).</summary>
    public static string? BearerToken(string? authorization)
    {
        const string scheme = "Bearer ";
        return authorization is not null && authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? authorization[scheme.Length..].Trim()
            : null;
    }
}
