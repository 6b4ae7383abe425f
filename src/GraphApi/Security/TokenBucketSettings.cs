namespace GraphApi.Security;

/// <summary>A token bucket: up to <see cref="TokenLimit"/> tokens, refilled by <see cref="TokensPerPeriod"/> every <see cref="ReplenishmentPeriod"/>.</summary>
public sealed class TokenBucketSettings
{
    /// <summary>The bucket's size: the largest burst.</summary>
    public int TokenLimit { get; set; }

    /// <summary>Tokens added each period: the sustained rate.</summary>
    public int TokensPerPeriod { get; set; }

    /// <summary>How often tokens are added.</summary>
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
