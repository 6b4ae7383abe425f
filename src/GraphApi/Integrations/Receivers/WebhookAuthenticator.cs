using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphApi.Integrations.Webhooks;
using GraphApi.Security;

namespace GraphApi.Integrations.Receivers;

/// <summary>
/// Checks that a delivery comes from the configured sender: its shared secret, or (when a signing secret is set, and then
/// always) its HMAC signature, refusing signed timestamps more than <see cref="WebhookSignature.Tolerance"/> away from now.
/// ServiceNow signs as GraphApi's own webhooks do (<see cref="WebhookSignature"/>'s headers over <c>timestamp.body</c>).
/// </summary>
public sealed class WebhookAuthenticator(TimeProvider clock)
{
    private const string SignatureHeader = WebhookSignature.SignatureHeader;
    private const string TimestampHeader = WebhookSignature.TimestampHeader;

    /// <summary>Jira's signature header (WebSub): <c>sha256=</c> HMAC of the body.</summary>
    public const string JiraSignatureHeader = "X-Hub-Signature";

    /// <summary>Null when <paramref name="request"/> may deliver <paramref name="body"/>; otherwise why not.</summary>
    public WebhookError? Authenticate(ExternalSystem system, WebhookReceiverOptions options, HttpRequest request, byte[] body)
    {
        if (!string.IsNullOrEmpty(options.SigningSecret))
        {
            return system == ExternalSystem.Jira
                ? VerifyJira(options.SigningSecret, request, body)
                : VerifyTimestamped(options.SigningSecret, request, body);
        }

        var presented = ApiKeyAuthenticator.BearerToken(request.Headers.Authorization) ?? request.Query["token"].FirstOrDefault();
        if (presented is null)
        {
            return new WebhookError(WebhookErrorCodes.NotAuthenticated, $"Send the {system} receiver's shared secret as 'Authorization: Bearer <secret>' (or ?token=<secret>).");
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(options.Secret!))
            ? null
            : new WebhookError(WebhookErrorCodes.NotAuthenticated, $"That is not the {system} receiver's shared secret.");
    }

    private WebhookError? VerifyTimestamped(string secret, HttpRequest request, byte[] body)
    {
        var timestamp = request.Headers[TimestampHeader].FirstOrDefault();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253_402_300_799)
        {
            return new WebhookError(WebhookErrorCodes.InvalidSignature, $"Send '{TimestampHeader}: <Unix seconds>' and '{SignatureHeader}: sha256=<hex HMAC-SHA256 of \"timestamp.body\">'.");
        }

        if (!WebhookSignature.VerifyContent(secret, WebhookSignature.TimestampedContent(timestamp!, body), request.Headers[SignatureHeader].FirstOrDefault()))
        {
            return new WebhookError(WebhookErrorCodes.InvalidSignature, $"'{SignatureHeader}' is not sha256=<hex HMAC-SHA256 of \"timestamp.body\"> with the receiver's signing secret.");
        }

        return Fresh(DateTimeOffset.FromUnixTimeSeconds(seconds), TimestampHeader);
    }

    private WebhookError? VerifyJira(string secret, HttpRequest request, byte[] body)
    {
        if (!WebhookSignature.VerifyContent(secret, body, request.Headers[JiraSignatureHeader].FirstOrDefault()))
        {
            return new WebhookError(WebhookErrorCodes.InvalidSignature, $"'{JiraSignatureHeader}' is not sha256=<hex HMAC-SHA256 of the body> with the webhook's secret.");
        }

        // The body's timestamp is covered by the signature, so it dates the delivery.
        DateTimeOffset? sent;
        try
        {
            using var document = JsonDocument.Parse(body);
            sent = JiraIssuePayload.Timestamp(new WebhookPayloadReader(document.RootElement));
        }
        catch (JsonException)
        {
            return null;
        }

        return sent is { } at
            ? Fresh(at, "timestamp")
            : new WebhookError(WebhookErrorCodes.InvalidPayload, "'timestamp' is required in a signed Jira delivery: milliseconds since the epoch.", "timestamp");
    }

    private WebhookError? Fresh(DateTimeOffset signedAt, string field)
    {
        var age = clock.GetUtcNow() - signedAt;
        return age.Duration() <= WebhookSignature.Tolerance
            ? null
            : new WebhookError(WebhookErrorCodes.Replayed, $"The signed '{field}' is {Math.Abs(age.TotalSeconds):F0} s {(age > TimeSpan.Zero ? "old" : "ahead")}; deliveries more than {WebhookSignature.Tolerance.TotalMinutes:F0} minutes from now are refused as replays (check the sender's clock).", field);
    }
}
