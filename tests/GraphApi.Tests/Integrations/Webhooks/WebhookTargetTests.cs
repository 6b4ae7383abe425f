using System.Net;
using GraphApi.Integrations.Webhooks;

namespace GraphApi.Tests.Integrations.Webhooks;

public sealed class WebhookTargetTests
{
    [Theory]
    [InlineData("https://hooks.example.com/graphapi")]
    [InlineData("http://hooks.example.com:8080/x?y=1")]
    public void Public_http_and_https_urls_are_accepted(string url) => Assert.Null(WebhookTarget.Problem(url, allowLoopback: false));

    [Theory]
    [InlineData("ftp://hooks.example.com/x", "absolute http or https")]
    [InlineData("file:///etc/passwd", "absolute http or https")]
    [InlineData("/relative/path", "absolute http or https")]
    [InlineData("https://user:pass@hooks.example.com/x", "user name or password")]
    [InlineData("http://localhost:5000/hook", "loopback")]
    [InlineData("http://api.localhost/hook", "loopback")]
    [InlineData("http://127.0.0.1/hook", "loopback")]
    [InlineData("http://127.1.2.3/hook", "loopback")]
    [InlineData("http://[::1]/hook", "loopback")]
    [InlineData("http://[::ffff:127.0.0.1]/hook", "loopback")]
    [InlineData("http://0.0.0.0/hook", "loopback")]
    public void Other_schemes_credentials_and_loopback_targets_are_refused(string url, string reason) =>
        Assert.Contains(reason, WebhookTarget.Problem(url, allowLoopback: false));

    [Fact]
    public void Loopback_targets_are_allowed_when_configured() => Assert.Null(WebhookTarget.Problem("http://127.0.0.1:6500/hook", allowLoopback: true));

    [Fact]
    public void Overlong_urls_are_refused() => Assert.Contains("at most", WebhookTarget.Problem("https://example.com/" + new string('a', 2_000), allowLoopback: false));

    [Fact]
    public async Task A_delivery_to_a_loopback_address_is_refused_at_connect_time_unless_allowed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var refusing = new WebhookSender(new WebhookOptions(), TimeProvider.System);
        using var allowing = new WebhookSender(new WebhookOptions { AllowLoopbackTargets = true }, TimeProvider.System);

        // localhost resolves to loopback: the check is on the resolved addresses, not the URL's spelling.
        var url = receiver.Url.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        var refused = await refusing.SendAsync(url, "whsec_0123456789abcdef", Guid.NewGuid(), "{}"u8.ToArray(), CancellationToken.None);
        var sent = await allowing.SendAsync(url, "whsec_0123456789abcdef", Guid.NewGuid(), "{}"u8.ToArray(), CancellationToken.None);

        Assert.False(refused.Delivered);
        Assert.Contains("loopback", refused.Error);
        Assert.True(sent.Delivered);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public void Loopback_addresses_are_recognised()
    {
        Assert.True(WebhookTarget.IsLoopback(IPAddress.Parse("127.0.0.1")));
        Assert.True(WebhookTarget.IsLoopback(IPAddress.Parse("::ffff:127.0.0.2")));
        Assert.True(WebhookTarget.IsLoopback(IPAddress.IPv6Loopback));
        Assert.False(WebhookTarget.IsLoopback(IPAddress.Parse("203.0.113.7")));
    }
}
