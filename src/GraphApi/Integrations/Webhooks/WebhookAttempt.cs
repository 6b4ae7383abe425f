namespace GraphApi.Integrations.Webhooks;

/// <summary>How one POST went.</summary>
/// <param name="Delivered">The receiver answered 2xx.</param>
/// <param name="StatusCode">Its HTTP status; null when it gave none (refused, timed out).</param>
/// <param name="Error">Why it failed, for <c>lastError</c>; null when delivered.</param>
public readonly record struct WebhookAttempt(bool Delivered, int? StatusCode, string? Error);
