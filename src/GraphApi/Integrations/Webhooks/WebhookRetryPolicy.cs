namespace GraphApi.Integrations.Webhooks;

/// <summary>Exponential backoff with jitter: the n-th retry waits between half and all of <c>InitialRetryDelay × 2^(n-1)</c>, capped.</summary>
/// <param name="options">The delays.</param>
/// <param name="random">A number in [0, 1) per call; <see cref="Random.Shared"/> unless a test fixes it.</param>
public sealed class WebhookRetryPolicy(WebhookOptions options, Func<double>? random = null)
{
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    /// <summary>How long to wait after the <paramref name="failedAttempts"/>-th failed attempt.</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        var exponent = Math.Min(Math.Max(failedAttempts - 1, 0), 40);
        var ceiling = Math.Min(options.InitialRetryDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * _random())));
    }

    /// <summary>When to try again, or null to give up: the retry would come later than <c>RetryFor</c> after the first failure.</summary>
    public DateTime? NextAttempt(DateTime retryingSince, int failedAttempts, DateTime now)
    {
        var next = now + DelayAfter(failedAttempts);
        return next - retryingSince > options.RetryFor ? null : next;
    }
}
