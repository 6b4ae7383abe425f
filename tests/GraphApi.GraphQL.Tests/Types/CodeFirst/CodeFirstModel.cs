using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.GraphQL.Tests.Types.CodeFirst;

// The C# model the code-first tests build schemas from.
public enum TicketStatus
{
    New,
    InProgress,
    WaitingOnCustomer,
    [GraphQLDescription("Done.")]
    Resolved,
    [Obsolete("Use RESOLVED.")]
    Closed,
    [GraphQLIgnore]
    Internal,
}

[GraphQLInterface]
public interface INode
{
    [ID]
    string Id { get; }
}

[GraphQLUnion]
public interface ISearchResult;

[GraphQLDescription("A customer request.")]
public sealed record Ticket([property: ID] string Id, string Title, string? Description, TicketStatus Status, IReadOnlyList<string> Tags, DateTimeOffset CreatedAt)
    : INode, ISearchResult
{
    public int? Priority { get; init; }

    [GraphQLIgnore]
    public string Secret => "hidden";

    [GraphQLDeprecated("Use tags.")]
    public string? Label => Tags.FirstOrDefault();

    public IEnumerable<string?> GetAliases() => [Title, null];

    public async Task<string> GetSummaryAsync(int maxLength = 10, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return Title.Length <= maxLength ? Title : Title[..maxLength];
    }
}

public sealed record Customer([property: ID] string Id, string Name) : INode, ISearchResult;

public sealed class TicketStore
{
    public List<Ticket> Tickets { get; } =
    [
        new("1", "VPN drops every hour", "Since Monday", TicketStatus.InProgress, ["vpn"], new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero)),
        new("2", "New laptop", null, TicketStatus.New, [], new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero)),
    ];
}

public sealed record TicketFilter(TicketStatus? Status, string? TitleContains = null);

[OneOf]
public sealed class TicketKey
{
    [ID]
    public string? Id { get; set; }

    public string? Title { get; set; }
}

public sealed class CreateTicketInput
{
    public required string Title { get; set; }

    public List<string> Tags { get; set; } = [];

    public TicketStatus Status { get; set; } = TicketStatus.New;
}

public sealed class Query
{
    public IReadOnlyList<Ticket> GetTickets([Service] TicketStore store, TicketFilter? filter = null) =>
        store.Tickets.Where(ticket => filter?.Status is null || ticket.Status == filter.Status).ToList();

    public Ticket? GetTicket(TicketStore store, TicketKey key) =>
        store.Tickets.FirstOrDefault(ticket => ticket.Id == key.Id || ticket.Title == key.Title);

    public ValueTask<int> CountAsync(TicketStore store, TicketStatus[] statuses) =>
        ValueTask.FromResult(store.Tickets.Count(ticket => statuses.Contains(ticket.Status)));

    public long Big(long value = 5_000_000_000) => value;

    public INode? Node([ID] string id, TicketStore store) => store.Tickets.FirstOrDefault(ticket => ticket.Id == id);

    public IEnumerable<ISearchResult> Search() => [new Customer("c1", "Ada")];
}

public sealed class Mutation
{
    public Ticket CreateTicket(TicketStore store, CreateTicketInput input)
    {
        var ticket = new Ticket((store.Tickets.Count + 1).ToString(), input.Title, null, input.Status, input.Tags, DateTimeOffset.UnixEpoch);
        store.Tickets.Add(ticket);
        return ticket;
    }
}

public sealed class Subscription
{
    public async IAsyncEnumerable<Ticket> TicketChanged(TicketStore store)
    {
        foreach (var ticket in store.Tickets)
        {
            await Task.Yield();
            yield return ticket;
        }
    }
}
