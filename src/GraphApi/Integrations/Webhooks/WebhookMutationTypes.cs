using GraphApi.Events;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Api;

namespace GraphApi.Integrations.Webhooks;

[GraphQLDescription("Only events of this request and/or customer.")]
public sealed class WebhookFilterInput
{
    [ID]
    public string? RequestId { get; init; }

    [ID]
    public string? CustomerId { get; init; }
}

[GraphQLDescription("A new outbound webhook. It delivers events committed from now on; `redeliverWebhookEvents` replays older ones.")]
public sealed class CreateWebhookSubscriptionInput
{
    [GraphQLDescription("The receiver: an absolute http or https URL (redirects are not followed).")]
    public required string Url { get; init; }

    [GraphQLDescription("The event types to deliver; at least one.")]
    public required IReadOnlyList<EventType> EventTypes { get; init; }

    public WebhookFilterInput? Filter { get; init; }

    [GraphQLDescription("The signing secret (16 to 200 characters, no spaces); omitted, a random one is made. Either way it is returned once, in the payload.")]
    public string? Secret { get; init; }
}

[GraphQLDescription("Changes a webhook subscription; fields left out stay as they are. A new `filter` replaces the old one whole (`filter: {}` clears it).")]
public sealed class UpdateWebhookSubscriptionInput
{
    [ID]
    public required string SubscriptionId { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<EventType>? EventTypes { get; init; }

    public WebhookFilterInput? Filter { get; init; }

    [GraphQLDescription("A new signing secret, used from the next delivery on.")]
    public string? Secret { get; init; }
}

public sealed class DeleteWebhookSubscriptionInput
{
    [ID]
    public required string SubscriptionId { get; init; }
}

[GraphQLDescription("Sends events again, in order, starting with the one at `fromCursor`; without it, from the first dead letter. The subscription becomes ACTIVE.")]
public sealed class RedeliverWebhookEventsInput
{
    [ID]
    public required string SubscriptionId { get; init; }

    [GraphQLDescription("The cursor of the first event to send (a dead letter's, or any event's); pending events before it are skipped.")]
    public string? FromCursor { get; init; }
}

public sealed class CreateWebhookSubscriptionPayload : Payload
{
    [GraphQLDescription("The subscription; null when there are errors.")]
    public WebhookSubscription? WebhookSubscription { get; init; }

    [GraphQLDescription("The signing secret: shown only this once. Receivers verify X-GraphApi-Signature with it.")]
    public string? Secret { get; init; }
}

public sealed class UpdateWebhookSubscriptionPayload : Payload
{
    public WebhookSubscription? WebhookSubscription { get; init; }
}

public sealed class DeleteWebhookSubscriptionPayload : Payload
{
    [ID]
    [GraphQLDescription("The id of the deleted subscription; null when there are errors.")]
    public string? DeletedSubscriptionId { get; init; }
}

public sealed class RedeliverWebhookEventsPayload : Payload
{
    [GraphQLDescription("The subscription, ACTIVE again, with its new `deliveredCursor`.")]
    public WebhookSubscription? WebhookSubscription { get; init; }
}
