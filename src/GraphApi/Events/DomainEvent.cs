using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Events;

/// <summary>What happened; connectors subscribe to these.</summary>
public enum EventType
{
    RequestStatusChanged,
    ExpectationStatusChanged,
    InteractionLogged,
    RetrospectiveRecorded,
    ExternalReferenceLinked,
    ExpectationAtRisk,
    StatusUpdateDue,
}

/// <summary>
/// An outbox row: written in the same transaction as the change it records, so there is no committed change
/// without its event and no event without its change. <see cref="Sequence"/> orders them.
/// </summary>
public sealed class DomainEvent
{
    /// <summary>Monotonically increasing, assigned by the database on insert.</summary>
    public long Sequence { get; set; }

    /// <summary>Stable id, for subscribers' de-duplication.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();
    public EventType Type { get; set; }

    /// <summary>The GraphQL type name of the entity the event is about (<c>Request</c>, <c>Expectation</c>, ...).</summary>
    public required string EntityType { get; set; }
    public int EntityId { get; set; }

    /// <summary>The request the event belongs to, when there is one: delivery is ordered per request.</summary>
    public int? RequestId { get; set; }

    /// <summary>The customer whose data it is: a customer key only receives its own.</summary>
    public int? CustomerId { get; set; }

    /// <summary>The status before, as the GraphQL enum value (<c>IN_PROGRESS</c>).</summary>
    public string? PreviousStatus { get; set; }

    /// <summary>The status after, as the GraphQL enum value.</summary>
    public string? Status { get; set; }

    /// <summary>The API key (or background service) that made the change.</summary>
    public required string Actor { get; set; }
    public DateTime OccurredAt { get; set; }
    public string? Note { get; set; }
}

internal sealed class DomainEventConfiguration : IEntityTypeConfiguration<DomainEvent>
{
    public void Configure(EntityTypeBuilder<DomainEvent> builder)
    {
        builder.ToTable("Events");
        builder.HasKey(e => e.Sequence);
        builder.HasIndex(e => e.Id).IsUnique();
        builder.HasIndex(e => new { e.RequestId, e.Sequence });
        builder.Property(e => e.Type).HasConversion<string>();
    }
}
