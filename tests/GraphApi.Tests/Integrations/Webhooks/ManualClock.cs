namespace GraphApi.Tests.Integrations.Webhooks;

/// <summary>A clock the test moves: retries and leases fall due when it says so, without sleeping.</summary>
public sealed class ManualClock(DateTime now) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTime _now = now;

    /// <summary>A clock at now, to the whole second (PostgreSQL keeps microseconds, not .NET's ticks).</summary>
    public static ManualClock FromNow() => new(DateTime.UnixEpoch.AddSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public DateTime Now
    {
        get
        {
            lock (_gate)
            {
                return _now;
            }
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }

    public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
}
