using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Integrations.Webhooks;

[GraphQLDescription("Whether a webhook subscription is being delivered.")]
public enum WebhookSubscriptionStatus
{
    [GraphQLDescription("Events are delivered as they commit, retried with backoff when the receiver fails.")]
    Active,

    [GraphQLDescription("An event ran out of retries: nothing is sent, every matching event is dead-lettered until `redeliverWebhookEvents`.")]
    Failing,
}
