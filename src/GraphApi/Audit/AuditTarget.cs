using GraphApi.GraphQL.Types.CodeFirst;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using System.Text.Json;

namespace GraphApi.Audit;

/// <summary>One object an audited mutation created, changed or deleted.</summary>
[GraphQLDescription("One object a mutation created, changed or deleted.")]
public sealed class AuditTarget
{
    [GraphQLIgnore]
    public int Id { get; set; }

    [GraphQLIgnore]
    public int AuditEntryId { get; set; }

    [GraphQLDescription("The object's GraphQL type: Request, Expectation, Customer, ...")]
    public required string EntityType { get; set; }

    [ID]
    [GraphQLDescription("The object's global id (as `node(id:)` takes it); for rows without an id of their own (a customer's usual contacts), their key values.")]
    public required string EntityId { get; set; }

    public AuditChange Change { get; set; }

    [GraphQLDescription("The fields the mutation set, as the schema names them (for CREATED, every field it gave a value).")]
    public List<string> ChangedFields { get; set; } = [];
}

internal sealed class AuditTargetConfiguration : IEntityTypeConfiguration<AuditTarget>
{
    public void Configure(EntityTypeBuilder<AuditTarget> builder)
    {
        builder.ToTable("AuditTargets");
        builder.Property(t => t.Change).HasConversion<string>();
        builder.HasIndex(t => new { t.EntityId, t.AuditEntryId });

        // A JSON array of names on every provider, as Customer.PreferredChannels, so one migration serves both.
        builder.Property(t => t.ChangedFields).HasConversion(
            fields => JsonSerializer.Serialize(fields, (JsonSerializerOptions?)null),
            json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>(),
            new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, field) => HashCode.Combine(hash, field)), list => list.ToList()));
    }
}
