namespace GraphApi.Security;

/// <summary>
/// Rate limits, from <c>Security:RateLimits</c>: a token bucket per key (or token subject) charged with each operation's
/// estimated cost, sized per role; and a bucket per client address counting failed authentications.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Whether operations are charged to their caller's bucket at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The bucket of each role, by role name (<c>Admin</c>, <c>Staff</c>, <c>Connector</c>, <c>Customer</c>).</summary>
    public Dictionary<ApiKeyRole, TokenBucketSettings> Roles { get; set; } = new()
    {
        [ApiKeyRole.Admin] = new() { TokenLimit = 500_000, TokensPerPeriod = 100_000 },
        [ApiKeyRole.Staff] = new() { TokenLimit = 500_000, TokensPerPeriod = 100_000 },
        [ApiKeyRole.Connector] = new() { TokenLimit = 500_000, TokensPerPeriod = 100_000 },
        [ApiKeyRole.Customer] = new() { TokenLimit = 100_000, TokensPerPeriod = 20_000 },
    };

    /// <summary>Failed authentications one client address may make per window; beyond them, its unknown keys are refused unchecked until the window ends.</summary>
    public FixedWindowSettings FailedAuthentication { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };
}
