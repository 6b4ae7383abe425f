using GraphApi.Api;
using GraphApi.Events;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Integrations.Webhooks;

/// <summary>
/// Where and what to POST from the outbox, and how far delivery has got: <see cref="Position"/> is the sequence of the
/// last event delivered (or dead-lettered), so a restart resumes from the database and loses nothing.
/// </summary>
[GraphQLDescription("An outbound webhook: matching events are POSTed to `url`, signed, in cursor order, at least once.")]
public sealed class WebhookSubscription
{
    [GraphQLIgnore]
    public int Id { get; set; }

    [ID]
    [GraphQLName("id")]
    public string GetGlobalId() => GlobalId.Encode(nameof(WebhookSubscription), Id);

    [GraphQLDescription("The receiver: an absolute http or https URL.")]
    public required string Url { get; set; }

    /// <summary>The subscribed event types, by their C# names, comma-separated: a name is all it takes, so new types just work.</summary>
    [GraphQLIgnore]
    public required string EventTypeNames { get; set; }

    [GraphQLIgnore]
    public int? RequestId { get; set; }

    [GraphQLIgnore]
    public int? CustomerId { get; set; }

    /// <summary>The HMAC key; shown once, when created. Stored as given: delivery must sign with it.</summary>
    [GraphQLIgnore]
    public required string Secret { get; set; }

    public WebhookSubscriptionStatus Status { get; set; }

    /// <summary>The sequence of the last event delivered or dead-lettered.</summary>
    [GraphQLIgnore]
    public long Position { get; set; }

    /// <summary>Incremented by every change an admin makes; a delivery worker's writes are conditional on it, so they never undo one.</summary>
    [GraphQLIgnore]
    public int Version { get; set; }

    [GraphQLDescription("Failed attempts at the next event so far (0 when it has not failed).")]
    public int Attempts { get; set; }

    [GraphQLDescription("When the next event first failed; it is retried until `Webhooks:RetryFor` after this.")]
    public DateTime? RetryingSince { get; set; }

    [GraphQLDescription("When the next event is retried; null when nothing waits for a retry.")]
    public DateTime? NextAttemptAt { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    [GraphQLDescription("When the receiver last answered 2xx.")]
    public DateTime? LastDeliveredAt { get; set; }

    [GraphQLDescription("The HTTP status of the last attempt; null when it got no answer.")]
    public int? LastStatusCode { get; set; }

    [GraphQLDescription("Why the last attempt failed; null after a success.")]
    public string? LastError { get; set; }

    [GraphQLDescription("When the subscription became FAILING.")]
    public DateTime? FailingSince { get; set; }

    /// <summary>The instance whose worker delivers this subscription now (a row lease: one worker per subscription).</summary>
    [GraphQLIgnore]
    public string? LeaseOwner { get; set; }

    [GraphQLIgnore]
    public DateTime? LeaseExpiresAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The subscribed types; names no longer in <see cref="EventType"/> are left out.</summary>
    [GraphQLName("eventTypes")]
    [GraphQLDescription("The event types delivered.")]
    public IReadOnlyList<EventType> GetEventTypes() => ParseEventTypes(EventTypeNames);

    [GraphQLDescription("Only events of this request or customer, when set.")]
    public WebhookFilter GetFilter() => new(
        RequestId is { } request ? GlobalId.Encode(nameof(Requests.Request), request) : null,
        CustomerId is { } customer ? GlobalId.Encode(nameof(Customers.Customer), customer) : null);

    [GraphQLDescription("The cursor of the last event delivered or dead-lettered; null before the first. Events after it are pending.")]
    public string? GetDeliveredCursor() => Position > 0 ? EventCursor.Encode(Position) : null;

    [GraphQLDescription("Matching events after `deliveredCursor`: not delivered yet.")]
    public Task<int> GetPendingEventCount(DbContextPerResolver<GraphApiDbContext> db, CancellationToken cancellationToken) =>
        Matching(db.Create().Events.AsNoTracking().IgnoreQueryFilters()).CountAsync(e => e.Sequence > Position, cancellationToken);

    [GraphQLDescription("How many events are dead-lettered.")]
    public Task<int> GetDeadLetterCount(DbContextPerResolver<GraphApiDbContext> db, CancellationToken cancellationToken) =>
        db.Create().WebhookDeadLetters.CountAsync(d => d.SubscriptionId == Id, cancellationToken);

    [GraphQLDescription("The dead-lettered events, oldest first (at most 100): `redeliverWebhookEvents` sends them again.")]
    public async Task<IReadOnlyList<WebhookDeadLetter>> GetDeadLetters(DbContextPerResolver<GraphApiDbContext> db, CancellationToken cancellationToken, int first = 20) =>
        await db.Create().WebhookDeadLetters.AsNoTracking().Where(d => d.SubscriptionId == Id).OrderBy(d => d.EventSequence).Take(Math.Clamp(first, 0, 100)).ToListAsync(cancellationToken);

    /// <summary>The outbox rows this subscription delivers.</summary>
    [GraphQLIgnore]
    public IQueryable<DomainEvent> Matching(IQueryable<DomainEvent> events)
    {
        var types = ParseEventTypes(EventTypeNames).ToList();
        events = events.Where(e => types.Contains(e.Type));
        if (RequestId is { } requestId)
        {
            events = events.Where(e => e.RequestId == requestId);
        }

        if (CustomerId is { } customerId)
        {
            events = events.Where(e => e.CustomerId == customerId);
        }

        return events;
    }

    /// <summary>Reads <see cref="EventTypeNames"/>.</summary>
    public static IReadOnlyList<EventType> ParseEventTypes(string names) =>
        names.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(name => Enum.TryParse<EventType>(name, out var type) ? type : (EventType?)null)
            .OfType<EventType>()
            .ToList();

    /// <summary>Writes <see cref="EventTypeNames"/>.</summary>
    public static string FormatEventTypes(IEnumerable<EventType> types) => string.Join(',', types.Distinct().Order().Select(t => t.ToString()));
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.Property(s => s.Status).HasConversion<string>();
        builder.HasIndex(s => s.Status);
    }
}
