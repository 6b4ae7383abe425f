using GraphApi.Api;
using GraphApi.GraphQL.Types.CodeFirst;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Audit;

/// <summary>One mutation that changed something: who, what and when, written in the same transaction as the change.</summary>
[GraphQLDescription("One mutation that changed something: who called it, what it changed and when. Written in the same transaction as the change, so there is no change without its entry.")]
public sealed class AuditEntry
{
    [GlobalId]
    public int Id { get; set; }

    [GraphQLDescription("When the change was made (UTC).")]
    public DateTime OccurredAt { get; set; }

    [GraphQLDescription("The mutation field the client called, such as `changeRequestStatus`.")]
    public required string Mutation { get; set; }

    [GraphQLDescription("What kind of identity made the change.")]
    public AuditActorKind ActorKind { get; set; }

    [GraphQLDescription("The identity's stable id: the API key's database id for API_KEY, `issuer|subject` for TOKEN.")]
    public required string ActorId { get; set; }

    [GraphQLDescription("The identity's name: the API key's name for API_KEY.")]
    public string? ActorName { get; set; }

    [GraphQLDescription("The role the identity acted in: admin, staff, connector or customer.")]
    public string? ActorRole { get; set; }

    [GraphQLDescription("The objects the mutation created, changed or deleted, with the fields it set.")]
    public List<AuditTarget> Targets { get => field ??= []; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.ActorKind).HasConversion<string>();
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.ActorKind, e.ActorId });
        builder.HasMany(e => e.Targets).WithOne().HasForeignKey(t => t.AuditEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
