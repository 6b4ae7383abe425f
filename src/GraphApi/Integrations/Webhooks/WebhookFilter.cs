using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Integrations.Webhooks;

/// <summary>Which request's or customer's events a webhook subscription delivers.</summary>
[GraphQLDescription("Only events of this request and/or customer; both null: every matching event.")]
public sealed record WebhookFilter([property: ID] string? RequestId, [property: ID] string? CustomerId);
