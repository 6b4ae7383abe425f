using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Metrics.Facts;

/// <summary>What <c>relationshipMetrics</c> reads of one interaction, derived when it, its request or its customer's usual contacts are written.</summary>
internal sealed class InteractionMetricFact
{
    public int InteractionId { get; set; }
    public int CustomerId { get; set; }
    public int? RequestId { get; set; }

    /// <summary>The lowest-id LEAD participant.</summary>
    public int? LeadStaffMemberId { get; set; }
    public required string Channel { get; set; }

    /// <summary>The priority of its request; null without one.</summary>
    public string? Priority { get; set; }
    public DateTime OccurredAt { get; set; }
    public bool Preferred { get; set; }

    /// <summary>Led by one of the customer's usual contacts.</summary>
    public bool LedByUsualContact { get; set; }
}

internal sealed class InteractionMetricFactConfiguration : IEntityTypeConfiguration<InteractionMetricFact>
{
    public void Configure(EntityTypeBuilder<InteractionMetricFact> builder)
    {
        builder.ToTable("InteractionMetricFacts");
        // Clustered by customer then time (WITHOUT ROWID on SQLite): a per-customer grouping reads the table in order, without sorting.
        builder.HasKey(f => new { f.CustomerId, f.OccurredAt, f.InteractionId });
        builder.HasIndex(f => f.InteractionId).IsUnique();
        builder.HasIndex(f => f.RequestId);
    }
}
