using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Security;

/// <summary>
/// Every <see cref="SecurityLimitsOptions.RevocationCheckInterval"/>, reads which keys with open WebSockets or event
/// streams have been revoked (or deleted) and ends their connections, and forgets their cached answers so plain
/// requests stop at once too.
/// </summary>
public sealed class KeyRevocationMonitor(ConnectionRegistry registry, ApiKeyAuthenticator authenticator, IServiceScopeFactory scopes, SecurityLimitsOptions limits, TimeProvider clock, ILogger<KeyRevocationMonitor> logger)
    : BackgroundService
{
    /// <summary>Checks the keys of the connections open now; returns how many keys were found revoked.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var open = registry.OpenKeyIds();
        if (open.Count == 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        var live = await db.ApiKeys.AsNoTracking().Where(k => open.Contains(k.Id) && k.RevokedAt == null).Select(k => k.Id).ToListAsync(cancellationToken);
        var revoked = open.Except(live).ToList();
        foreach (var keyId in revoked)
        {
            authenticator.Forget(keyId);
            registry.EndKey(keyId, $"{SecurityErrorCodes.NotAuthenticated}: the API key was revoked");
        }

        return revoked.Count;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(limits.RevocationCheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Checking open connections' keys for revocation failed; retrying at the next interval");
            }
        }
    }
}
