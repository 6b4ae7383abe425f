using GraphApi.Customers;
using GraphApi.Events;
using GraphApi.Expectations;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Requests;
using GraphApi.Security;

namespace GraphApi.Api;

/// <summary>
/// The subscription root: status changes and everything else, each with <c>after</c> to replay what a subscriber
/// missed (from the outbox, in order) before continuing live; without it, only what commits after subscribing.
/// </summary>
public sealed class Subscription
{
    [GraphQLDescription("Request status changes, optionally of one request or one customer; with `after`, first replays those after that cursor. Without it, only events committed after the subscription starts.")]
    public IAsyncEnumerable<DomainEvent> RequestStatusChanged([ID] string? requestId, [ID] string? customerId, string? after, EventFeed feed, Caller caller, CancellationToken cancellationToken) =>
        feed.SubscribeAsync(
            new EventFilter(new HashSet<EventType> { EventType.RequestStatusChanged }, OptionalId(requestId, nameof(Request)), OptionalId(customerId, nameof(Customer)), caller.VisibleCustomerId),
            EventCursor.DecodeOptional(after),
            cancellationToken);

    [GraphQLDescription("Everything that happens to requests: REQUEST_CREATED, REQUEST_UPDATED, REQUEST_DECIDED and REQUEST_STATUS_CHANGED, optionally of one request or one customer; with `after`, first replays those after that cursor. Without it, only events committed after the subscription starts.")]
    public IAsyncEnumerable<DomainEvent> RequestChanged([ID] string? requestId, [ID] string? customerId, string? after, EventFeed feed, Caller caller, CancellationToken cancellationToken) =>
        feed.SubscribeAsync(
            new EventFilter(RequestEvents, OptionalId(requestId, nameof(Request)), OptionalId(customerId, nameof(Customer)), caller.VisibleCustomerId),
            EventCursor.DecodeOptional(after),
            cancellationToken);

    [GraphQLDescription("Expectation status changes (MISSED and AT_RISK included), optionally of one request's expectations; with `after`, first replays. Without it, only events committed after the subscription starts.")]
    public IAsyncEnumerable<DomainEvent> ExpectationStatusChanged([ID] string? requestId, string? after, EventFeed feed, Caller caller, CancellationToken cancellationToken) =>
        feed.SubscribeAsync(
            new EventFilter(new HashSet<EventType> { EventType.ExpectationStatusChanged, EventType.ExpectationAtRisk }, OptionalId(requestId, nameof(Request)), null, caller.VisibleCustomerId),
            EventCursor.DecodeOptional(after),
            cancellationToken);

    [GraphQLDescription("Every event (or those of `types`), for connectors that want everything: requests created, updated, decided and moved; expectations set and changed; interactions logged; retrospectives recorded; action items added and completed; external references linked and updated; expectation warnings. With `after`, first replays. Without it, only events committed after the subscription starts.")]
    public IAsyncEnumerable<DomainEvent> Events(IReadOnlyList<EventType>? types, string? after, EventFeed feed, Caller caller, CancellationToken cancellationToken) =>
        feed.SubscribeAsync(
            new EventFilter(types is null ? null : types.ToHashSet(), null, null, caller.VisibleCustomerId),
            EventCursor.DecodeOptional(after),
            cancellationToken);

    private static readonly IReadOnlySet<EventType> RequestEvents = new HashSet<EventType> { EventType.RequestCreated, EventType.RequestUpdated, EventType.RequestDecided, EventType.RequestStatusChanged };

    private static int? OptionalId(string? id, string typeName) => id is null ? null : GlobalId.Decode(id, typeName);
}
