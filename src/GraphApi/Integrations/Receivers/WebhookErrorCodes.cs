namespace GraphApi.Integrations.Receivers;

/// <summary>The stable codes of refused webhook deliveries, in the response body's <c>errors[].code</c>.</summary>
public static class WebhookErrorCodes
{
    /// <summary>404: no secret is configured for this system, so its receiver is off.</summary>
    public const string NotConfigured = "WEBHOOK_NOT_CONFIGURED";

    /// <summary>401: no shared secret, or the wrong one.</summary>
    public const string NotAuthenticated = "WEBHOOK_NOT_AUTHENTICATED";

    /// <summary>401: the signature is missing or does not match the body.</summary>
    public const string InvalidSignature = "WEBHOOK_INVALID_SIGNATURE";

    /// <summary>401: the signed timestamp is more than five minutes away from now (a replay, or a badly set clock).</summary>
    public const string Replayed = "WEBHOOK_REPLAYED";

    /// <summary>413: the body is larger than the receiver accepts.</summary>
    public const string TooLarge = "WEBHOOK_TOO_LARGE";

    /// <summary>400: the body is not a JSON object.</summary>
    public const string InvalidJson = "WEBHOOK_INVALID_JSON";

    /// <summary>400: a field is missing or has a value of the wrong form.</summary>
    public const string InvalidPayload = "WEBHOOK_INVALID_PAYLOAD";

    /// <summary>400: a state (ServiceNow) or status category (Jira) the status mapping does not know.</summary>
    public const string UnknownState = "WEBHOOK_UNKNOWN_STATE";

    /// <summary>400: a Jira event other than <c>jira:issue_created</c> and <c>jira:issue_updated</c>.</summary>
    public const string UnsupportedEvent = "WEBHOOK_UNSUPPORTED_EVENT";

    /// <summary>400: a new record whose caller or reporter is no known customer, and no default customer is configured.</summary>
    public const string UnknownCaller = "WEBHOOK_UNKNOWN_CALLER";
}
