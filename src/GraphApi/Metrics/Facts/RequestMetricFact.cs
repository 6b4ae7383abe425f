using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Metrics.Facts;

/// <summary>
/// What <c>relationshipMetrics</c> reads of one request, derived from its rows when they are written
/// (<see cref="MetricFactStatements"/>), so that a dashboard reads one narrow row instead of joining and computing.
/// </summary>
internal sealed class RequestMetricFact
{
    public int RequestId { get; set; }
    public int CustomerId { get; set; }
    public int? OwnerId { get; set; }

    /// <summary>The channel of the request's first interaction (its intake), by time then id.</summary>
    public string? FirstChannel { get; set; }
    public required string Priority { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? Decision { get; set; }

    /// <summary>Answered with a knowledge link.</summary>
    public bool Educated { get; set; }
    public bool Resolved { get; set; }

    /// <summary>Resolved, with a retrospective that has a customer perspective.</summary>
    public bool Covered { get; set; }
    public double? FirstResponseSeconds { get; set; }
    public double? ResolveSeconds { get; set; }
}

internal sealed class RequestMetricFactConfiguration : IEntityTypeConfiguration<RequestMetricFact>
{
    public void Configure(EntityTypeBuilder<RequestMetricFact> builder)
    {
        builder.ToTable("RequestMetricFacts");
        // Clustered by customer then time (WITHOUT ROWID on SQLite): a per-customer grouping reads the table in order, without sorting.
        builder.HasKey(f => new { f.CustomerId, f.CreatedAt, f.RequestId });
        builder.HasIndex(f => f.RequestId).IsUnique();
    }
}
