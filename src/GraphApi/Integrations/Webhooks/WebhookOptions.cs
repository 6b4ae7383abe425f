namespace GraphApi.Integrations.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    /// <summary>Whether this instance delivers webhooks (every instance may; a row lease keeps it to one worker per subscription).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether receivers on loopback addresses (localhost, 127.0.0.0/8, ::1) are allowed: off in production, on in tests.</summary>
    public bool AllowLoopbackTargets { get; set; }

    /// <summary>How long a receiver has to answer one delivery.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The delay before the first retry; each later one doubles it, up to <see cref="MaxRetryDelay"/>, each with jitter.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest delay between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an event is retried after its first failure before the subscription is marked failing.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a worker's claim on a subscription lasts without renewal (after a crash, another instance takes over then).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often subscriptions are checked even without a new event (retries that fell due, other instances' leases).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many subscriptions one instance delivers at once (each one in order, one request at a time).</summary>
    public int MaxParallelSubscriptions { get; set; } = 16;
}
