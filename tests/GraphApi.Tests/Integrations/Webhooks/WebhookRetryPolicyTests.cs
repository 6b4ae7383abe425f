using GraphApi.Integrations.Webhooks;

namespace GraphApi.Tests.Integrations.Webhooks;

public sealed class WebhookRetryPolicyTests
{
    private static readonly WebhookOptions Defaults = new();

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(9, 2560)]
    [InlineData(10, 3600)]
    [InlineData(30, 3600)]
    public void Delays_double_from_ten_seconds_up_to_an_hour_with_jitter_of_up_to_half(int failedAttempts, int ceilingSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(ceilingSeconds), new WebhookRetryPolicy(Defaults, () => 1.0).DelayAfter(failedAttempts));
        Assert.Equal(TimeSpan.FromSeconds(ceilingSeconds / 2.0), new WebhookRetryPolicy(Defaults, () => 0.0).DelayAfter(failedAttempts));
    }

    [Fact]
    public void Jitter_spreads_the_delays()
    {
        var policy = new WebhookRetryPolicy(Defaults);
        var delays = Enumerable.Range(0, 50).Select(_ => policy.DelayAfter(4)).ToList();

        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(80)));
        Assert.True(delays.Distinct().Count() > 40);
    }

    [Fact]
    public void By_default_an_event_is_retried_for_24_hours_then_given_up()
    {
        var policy = new WebhookRetryPolicy(Defaults, () => 1.0);
        var start = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        var now = start;
        var attempts = 1;
        while (policy.NextAttempt(start, attempts, now) is { } next)
        {
            now = next;
            attempts++;
        }

        Assert.InRange(now - start, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        // 10 s, 20 s, ... 2,560 s, then 22 hourly retries: 32 attempts in 23.4 hours.
        Assert.Equal(32, attempts);
    }

    [Fact]
    public void The_limits_are_configurable()
    {
        var options = new WebhookOptions { InitialRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(4), RetryFor = TimeSpan.FromSeconds(10) };
        var policy = new WebhookRetryPolicy(options, () => 1.0);
        var start = DateTime.UnixEpoch;

        Assert.Equal([1, 2, 4, 4], Enumerable.Range(1, 4).Select(n => policy.DelayAfter(n).TotalSeconds));
        Assert.Equal(start.AddSeconds(7), policy.NextAttempt(start, 3, start.AddSeconds(3)));
        Assert.Null(policy.NextAttempt(start, 4, start.AddSeconds(7)));
    }
}
