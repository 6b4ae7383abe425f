using GraphApi.Api;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Expectations;

public enum ExpectationStatus { OnTrack, AtRisk, Met, Missed, Renegotiated }

/// <summary>A commitment to a customer: what, by when, the alternative if it slips and how often they will hear from us.</summary>
[GraphQLDescription("A commitment to a customer: what, by when, the alternative if it slips and how often they will hear from us.")]
public sealed class Expectation : INode
{
    [GlobalId]
    public int Id { get; set; }

    string INode.Id => GlobalId.Encode(nameof(Expectation), Id);

    [GraphQLIgnore]
    public int RequestId { get; set; }
    public Request? Request { get; set; }
    public required string Deliverable { get; set; }
    public DateTime DueAt { get; set; }
    public string? Alternative { get; set; }

    /// <summary>How often the customer hears from us, even when nothing changed.</summary>
    [GraphQLDescription("How often the customer hears from us, even when nothing changed (ISO 8601 duration).")]
    public TimeSpan? UpdateCadence { get; set; }
    public ExpectationStatus Status { get; set; } = ExpectationStatus.OnTrack;

    /// <summary>Whom the expectation was agreed with, on the customer's side.</summary>
    [GraphQLDescription("Whom the expectation was agreed with, on the customer's side.")]
    public string? AgreedWith { get; set; }
    public DateTime? LastUpdateAt { get; set; }

    /// <summary>For a renegotiated expectation: the one that replaces it.</summary>
    [GraphQLIgnore]
    public int? ReplacedById { get; set; }
    [GraphQLDescription("For a renegotiated expectation: the one that replaces it.")]
    public Expectation? ReplacedBy { get; set; }

    /// <summary>When <see cref="ExpectationMonitor"/> raised EXPECTATION_AT_RISK (it raises it once).</summary>
    [GraphQLIgnore]
    public DateTime? AtRiskRaisedAt { get; set; }

    /// <summary>When <see cref="ExpectationMonitor"/> last raised STATUS_UPDATE_DUE (once per missed update).</summary>
    [GraphQLIgnore]
    public DateTime? UpdateDueRaisedAt { get; set; }

    [GraphQLDescription("When it was set with the customer.")]
    public DateTime CreatedAt { get; set; }

    [GraphQLDescription("When it was met; null unless it is MET.")]
    public DateTime? MetAt { get; set; }
}

internal sealed class ExpectationConfiguration : IEntityTypeConfiguration<Expectation>
{
    public void Configure(EntityTypeBuilder<Expectation> builder)
    {
        builder.ToTable("Expectations");
        builder.Property(e => e.Status).HasConversion<string>();
        builder.HasIndex(e => e.DueAt);
        builder.HasOne(e => e.Request).WithMany(r => r.Expectations).HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.ReplacedBy).WithMany().HasForeignKey(e => e.ReplacedById).OnDelete(DeleteBehavior.SetNull);
    }
}
