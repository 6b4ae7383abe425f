using System.Net;
using System.Threading.RateLimiting;

namespace GraphApi.Security;

/// <summary>
/// Throttles guessing: every failed authentication counts against its client address's fixed window, and once the
/// window's failures are used up that address's unknown keys are refused without being checked until it ends.
/// (A fixed window, not a token bucket: a bucket that refills continuously would always hold some fraction to probe.)
/// </summary>
public sealed class FailedAuthenticationThrottle(RateLimitOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.FailedAuthentication.PermitLimit,
            Window = options.FailedAuthentication.Window,
            QueueLimit = 0,
            AutoReplenishment = false,
        }));

    /// <summary>Null while <paramref name="address"/> may still try; otherwise how long until it may again.</summary>
    public TimeSpan? RetryAfter(IPAddress? address)
    {
        using var lease = _limiter.AttemptAcquire(Partition(address), 0);
        return lease.IsAcquired ? null : RetryAfterOf(lease);
    }

    /// <summary>Counts a failed authentication from <paramref name="address"/>.</summary>
    public void Failed(IPAddress? address)
    {
        using var lease = _limiter.AttemptAcquire(Partition(address), 1);
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();

    /// <summary>The lease's Retry-After, or one replenishment period when it names none.</summary>
    internal static TimeSpan RetryAfterOf(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1);

    private static string Partition(IPAddress? address) => address?.ToString() ?? "unknown";
}
