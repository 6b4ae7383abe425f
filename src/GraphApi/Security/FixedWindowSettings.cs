namespace GraphApi.Security;

/// <summary>A fixed window: at most <see cref="PermitLimit"/> in each <see cref="Window"/>.</summary>
public sealed class FixedWindowSettings
{
    /// <summary>How many are allowed per window.</summary>
    public int PermitLimit { get; set; }

    /// <summary>The window's length.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
