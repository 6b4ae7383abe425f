using GraphApi.Events;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using GraphApi.GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Integrations.Webhooks;

/// <summary>An event a subscription gave up on: the one that ran out of retries, and every later one while it was failing.</summary>
[GraphQLDescription("An event that was not delivered: it ran out of retries, or came while the subscription was FAILING.")]
public sealed class WebhookDeadLetter
{
    [GraphQLIgnore]
    public long Id { get; set; }

    [GraphQLIgnore]
    public int SubscriptionId { get; set; }

    [GraphQLIgnore]
    public long EventSequence { get; set; }

    [GraphQLDescription("The event's id (X-GraphApi-Event-Id).")]
    public Guid EventId { get; set; }

    [GraphQLDescription("Attempts made before giving up (0: it came while the subscription was failing).")]
    public int Attempts { get; set; }

    public int? LastStatusCode { get; set; }

    [GraphQLDescription("Why it was given up on.")]
    public required string Error { get; set; }

    public DateTime DeadLetteredAt { get; set; }

    [GraphQLDescription("The event's cursor: pass it as `fromCursor` to redeliver from here.")]
    public string GetCursor() => EventCursor.Encode(EventSequence);

    [GraphQLDescription("The event.")]
    public Task<DomainEvent?> GetEvent(DbContextPerResolver<GraphApiDbContext> db, CancellationToken cancellationToken) =>
        db.Create().Events.AsNoTracking().IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Sequence == EventSequence, cancellationToken);
}

internal sealed class WebhookDeadLetterConfiguration : IEntityTypeConfiguration<WebhookDeadLetter>
{
    public void Configure(EntityTypeBuilder<WebhookDeadLetter> builder)
    {
        builder.ToTable("WebhookDeadLetters");
        builder.HasIndex(d => new { d.SubscriptionId, d.EventSequence }).IsUnique();
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
