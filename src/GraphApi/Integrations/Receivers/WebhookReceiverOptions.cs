namespace GraphApi.Integrations.Receivers;

/// <summary>
/// How one system's receiver authenticates its senders (<c>Receivers:ServiceNow</c>, <c>Receivers:Jira</c>). With neither
/// secret set, the receiver is off and answers 404.
/// </summary>
public sealed class WebhookReceiverOptions
{
    /// <summary>A shared secret the sender presents as <c>Authorization: Bearer &lt;secret&gt;</c> (or <c>?token=</c> when it cannot set headers).</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// An HMAC-SHA256 key: when set, every delivery must be signed with it (ServiceNow: <c>X-GraphApi-Signature</c> over
    /// <c>timestamp.body</c>; Jira: <c>X-Hub-Signature</c> over the body) and older than <see cref="Webhooks.WebhookSignature.Tolerance"/> is refused.
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>The customer's email used when a new record's caller or reporter is no known customer; unset, such a record is refused.</summary>
    public string? DefaultCustomerEmail { get; set; }

    /// <summary>Whether the receiver accepts anything at all.</summary>
    public bool Enabled => !string.IsNullOrEmpty(Secret) || !string.IsNullOrEmpty(SigningSecret);
}
