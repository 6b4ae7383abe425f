using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Metrics.Facts;

/// <summary>
/// What <c>relationshipMetrics</c> reads of one expectation, derived when its request's rows are written. The cadence
/// figures hold for any "now" from <see cref="EndsAt"/> on; before that, the statement counts them live.
/// </summary>
internal sealed class ExpectationMetricFact
{
    public int ExpectationId { get; set; }
    public int RequestId { get; set; }
    public int CustomerId { get; set; }
    public int? OwnerId { get; set; }
    public string? FirstChannel { get; set; }
    public required string Priority { get; set; }
    public DateTime DueAt { get; set; }
    public required string Status { get; set; }

    /// <summary>MISSED, after an AT_RISK event or a renegotiation of an expectation it replaced, before its due time.</summary>
    public bool Warned { get; set; }
    public double? CadenceSeconds { get; set; }

    /// <summary>When it was set: its creation event, else the request's first response, else the request's creation.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>The earlier of its due time and its request's resolution: where cadence periods stop once "now" is past it.</summary>
    public DateTime EndsAt { get; set; }

    /// <summary>Cadence periods from <see cref="StartsAt"/> to <see cref="EndsAt"/>; null when none are counted (no cadence, renegotiated, or empty).</summary>
    public long? CadencePeriods { get; set; }

    /// <summary>Of <see cref="CadencePeriods"/>, those with a STATUS_UPDATE interaction on the request.</summary>
    public long? CadencePeriodsUpdated { get; set; }
}

internal sealed class ExpectationMetricFactConfiguration : IEntityTypeConfiguration<ExpectationMetricFact>
{
    public void Configure(EntityTypeBuilder<ExpectationMetricFact> builder)
    {
        builder.ToTable("ExpectationMetricFacts");
        // Clustered by customer, status, then time (WITHOUT ROWID on SQLite): counting by customer and status reads the table in order, without sorting.
        builder.HasKey(f => new { f.CustomerId, f.Status, f.DueAt, f.ExpectationId });
        builder.HasIndex(f => f.ExpectationId).IsUnique();
        builder.HasIndex(f => f.RequestId);

        // The expectations still running, whose cadence periods the statement counts up to "now": a range of this index.
        builder.HasIndex(f => f.EndsAt);
    }
}
