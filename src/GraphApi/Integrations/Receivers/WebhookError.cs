namespace GraphApi.Integrations.Receivers;

/// <summary>Why a webhook delivery was refused: a stable code, a message saying what to fix, and the payload field at fault.</summary>
/// <param name="Code">One of <see cref="WebhookErrorCodes"/>, or a mutation error code.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="Field">The payload field (<c>state</c>, <c>issue.fields.summary</c>), when one is at fault.</param>
public sealed record WebhookError(string Code, string Message, string? Field = null);
