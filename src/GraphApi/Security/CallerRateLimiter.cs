using System.Globalization;
using System.Threading.RateLimiting;
using GraphApi.GraphQL;
using GraphApi.GraphQL.AspNetCore;

namespace GraphApi.Security;

/// <summary>
/// Charges each operation's estimated cost to its caller's token bucket (one per key or token subject, sized by its
/// role). An operation the bucket cannot pay for is refused with <c>RATE_LIMITED</c> and how long to wait.
/// </summary>
public sealed class CallerRateLimiter(RateLimitOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<(string Subject, ApiKeyRole Role)> _limiter = PartitionedRateLimiter.Create<(string Subject, ApiKeyRole Role), (string, ApiKeyRole)>(caller =>
        RateLimitPartition.GetTokenBucketLimiter(caller, partition =>
        {
            var bucket = options.Roles[partition.Item2];
            return new TokenBucketRateLimiterOptions
            {
                TokenLimit = bucket.TokenLimit,
                TokensPerPeriod = bucket.TokensPerPeriod,
                ReplenishmentPeriod = bucket.ReplenishmentPeriod,
                QueueLimit = 0,
                AutoReplenishment = false,
            };
        }));

    /// <summary>Null when <paramref name="caller"/> could pay <paramref name="cost"/> (at least 1; at most a whole bucket); otherwise the refusal.</summary>
    public GraphQLError? Charge(Caller caller, long cost)
    {
        if (!options.Enabled || caller.Subject is not { } subject || caller.Role is not { } role)
        {
            return null;
        }

        var bucket = options.Roles[role];
        var permits = (int)Math.Clamp(cost, 1, bucket.TokenLimit);
        using var lease = _limiter.AttemptAcquire((subject, role), permits);
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = Math.Ceiling(FailedAuthenticationThrottle.RetryAfterOf(lease).TotalSeconds);
        return new GraphQLError(
            string.Create(CultureInfo.InvariantCulture, $"Rate limit reached: a {role.ToString().ToLowerInvariant()} key may spend {bucket.TokensPerPeriod} cost every {bucket.ReplenishmentPeriod.TotalSeconds} s, {bucket.TokenLimit} at once, and this operation costs {cost}. Retry after {retryAfter} s, or ask for fewer items."),
            extensions: new Dictionary<string, object?> { ["code"] = GraphQLServerErrorCodes.RateLimited, ["retryAfter"] = retryAfter, ["cost"] = cost });
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
