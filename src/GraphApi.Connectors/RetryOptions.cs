namespace GraphApi.Connectors;

/// <summary>
/// Backoff for transient failures (timeouts, connection errors, 401, 408, 429, 5xx): exponential from <see cref="InitialDelay"/>
/// up to <see cref="MaxDelay"/> with jitter, or the server's <c>Retry-After</c>; retried until it works, so no change is skipped.
/// </summary>
public sealed class RetryOptions
{
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one HTTP call may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
