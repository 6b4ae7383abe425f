using GraphApi.Events;
using GraphApi.GraphQL;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Security;

namespace GraphApi.Api;

public sealed partial class Query
{
    /// <summary>The largest page of <c>events</c>.</summary>
    public const int MaxEventPage = 500;

    [GraphQLDescription("The event history, oldest first, for backfills and polling connectors: the same events, ids and cursors as the subscriptions (every change to a request, expectation, interaction, retrospective, action item or external reference; `types` narrows them). Pass `pageInfo.endCursor` as `after` for the next page.")]
    public async Task<EventConnection> GetEvents(string? after, IReadOnlyList<EventType>? types, EventFeed feed, Caller caller, CancellationToken cancellationToken, int first = 100)
    {
        if (first is < 0 or > MaxEventPage)
        {
            throw new GraphQLException($"first must be from 0 to {MaxEventPage}; it was {first}.", "PAGING_MAX_SIZE_EXCEEDED");
        }

        var filter = new EventFilter(types is null ? null : types.ToHashSet(), null, null, caller.VisibleCustomerId);
        var rows = await feed.ReadAsync(filter, EventCursor.Decode(after), first + 1, cancellationToken);
        var page = rows.Take(first).ToList();
        return new EventConnection(
            page.Select(e => new EventEdge(EventCursor.Encode(e.Sequence), e)).ToList(),
            page,
            new EventPageInfo(rows.Count > first, page.Count > 0 ? EventCursor.Encode(page[^1].Sequence) : after));
    }
}

[GraphQLName("EventsConnection")]
[GraphQLDescription("A page of the event history.")]
public sealed record EventConnection(IReadOnlyList<EventEdge> Edges, IReadOnlyList<DomainEvent> Nodes, EventPageInfo PageInfo);

[GraphQLName("EventsEdge")]
public sealed record EventEdge(string Cursor, DomainEvent Node);

[GraphQLDescription("Where an event page ends: keep `endCursor` to resume (it stays put when there is nothing new).")]
public sealed record EventPageInfo(bool HasNextPage, string? EndCursor);
