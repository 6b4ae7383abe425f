using System.Text;
using GraphApi.Integrations.Webhooks;

namespace GraphApi.Tests.Integrations.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test_secret_0123456789";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"x"}""");
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1764700000);

    [Fact]
    public void The_signature_is_hex_hmac_sha256_of_timestamp_dot_body()
    {
        // Computed independently: python3 hmac.new(secret, b'1764700000.{"id":"x"}', sha256).hexdigest()
        Assert.Equal("sha256=256d467d51e112341114433a457a17a082af491ab9ba81ac4f79c4c9c9646585", WebhookSignature.Sign(Secret, 1764700000, Body));
    }

    [Fact]
    public void A_receiver_accepts_a_fresh_signed_delivery()
    {
        Assert.True(WebhookSignature.Verify(Secret, "1764700000", WebhookSignature.Sign(Secret, 1764700000, Body), Body, SentAt.AddMinutes(4)));
    }

    [Theory]
    [InlineData("1764700000", "{\"id\":\"y\"}", Secret, 0)]
    [InlineData("1764700000", "{\"id\":\"x\"}", "whsec_another_secret_0123", 0)]
    [InlineData("1764700001", "{\"id\":\"x\"}", Secret, 0)]
    [InlineData("1764700000", "{\"id\":\"x\"}", Secret, 301)]
    [InlineData("1764700000", "{\"id\":\"x\"}", Secret, -301)]
    [InlineData("not-a-number", "{\"id\":\"x\"}", Secret, 0)]
    public void A_receiver_rejects_a_changed_body_a_wrong_secret_a_changed_timestamp_and_a_replay_older_than_five_minutes(string timestamp, string body, string secret, int secondsLater)
    {
        var signature = WebhookSignature.Sign(Secret, 1764700000, Body);

        Assert.False(WebhookSignature.Verify(secret, timestamp, signature, Encoding.UTF8.GetBytes(body), SentAt.AddSeconds(secondsLater)));
    }

    [Fact]
    public void A_missing_or_malformed_signature_is_rejected()
    {
        Assert.False(WebhookSignature.Verify(Secret, "1764700000", null, Body, SentAt));
        Assert.False(WebhookSignature.Verify(Secret, "1764700000", "sha256=00", Body, SentAt));
        Assert.False(WebhookSignature.Verify(Secret, null, WebhookSignature.Sign(Secret, 1764700000, Body), Body, SentAt));
    }

    [Fact]
    public void New_secrets_are_random_and_long()
    {
        var first = WebhookSignature.NewSecret();

        Assert.Matches("^whsec_[A-Za-z0-9_-]{43}$", first);
        Assert.NotEqual(first, WebhookSignature.NewSecret());
    }
}
