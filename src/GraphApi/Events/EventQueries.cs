using GraphApi.Events;
using GraphApi.GraphQL;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Security;

namespace GraphApi.Api;

public sealed partial class Query
{
    /// <summary>The largest page of <c>events</c>.</summary>
    public const int MaxEventPage = 500;

    [GraphQLDescription("The event history, oldest first, for backfills and polling connectors: the same events, ids and cursors as the subscriptions (every change to a request, expectation, interaction, retrospective, action item or external reference; `types` narrows them). `first` (default 100) pages forward: pass `pageInfo.endCursor` as `after` for the next page. `last` gives the newest events instead (after `after`, if given), still oldest first: `events(last: 1) { pageInfo { endCursor } }` is where a subscriber that wants only what happens from now on starts. `endCursor` is never null: on an empty history it is the cursor before every event.")]
    public async Task<EventConnection> GetEvents(string? after, IReadOnlyList<EventType>? types, int? first, int? last, EventFeed feed, Caller caller, CancellationToken cancellationToken)
    {
        if (first is not null && last is not null)
        {
            throw new GraphQLException("Pass first or last, not both: first pages forward from after, last gives the newest events.", "PAGING_FIRST_AND_LAST");
        }

        var size = last ?? first ?? 100;
        if (size < (last is null ? 0 : 1) || size > MaxEventPage)
        {
            throw new GraphQLException($"{(last is null ? "first must be from 0" : "last must be from 1")} to {MaxEventPage}; it was {size}.", "PAGING_MAX_SIZE_EXCEEDED");
        }

        var filter = new EventFilter(types is null ? null : types.ToHashSet(), null, null, caller.VisibleCustomerId);
        var from = EventCursor.Decode(after);
        var rows = last is null
            ? await feed.ReadAsync(filter, from, size + 1, cancellationToken)
            : await feed.ReadNewestAsync(filter, from, size, cancellationToken);
        var page = rows.Take(size).ToList();
        return new EventConnection(
            page.Select(e => new EventEdge(EventCursor.Encode(e.Sequence), e)).ToList(),
            page,
            new EventPageInfo(rows.Count > size, page.Count > 0 ? EventCursor.Encode(page[^1].Sequence) : after ?? EventCursor.Start));
    }
}

[GraphQLName("EventsConnection")]
[GraphQLDescription("A page of the event history.")]
public sealed record EventConnection(IReadOnlyList<EventEdge> Edges, IReadOnlyList<DomainEvent> Nodes, EventPageInfo PageInfo);

[GraphQLName("EventsEdge")]
public sealed record EventEdge(string Cursor, DomainEvent Node);

[GraphQLDescription("Where an event page ends: keep `endCursor` to resume (it stays put when there is nothing new).")]
public sealed record EventPageInfo(bool HasNextPage, string? EndCursor);
