using GraphApi.Api;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Integrations;

public enum ExternalSystem
{
    [GraphQLName("SERVICENOW")]
    ServiceNow,
    Jira,
    Other,
}

/// <summary>The request's counterpart in ServiceNow or Jira: sys_id or issue key, unique per system.</summary>
[GraphQLDescription("The request's counterpart in ServiceNow or Jira.")]
public sealed class ExternalReference : INode
{
    [GlobalId]
    public int Id { get; set; }

    string INode.Id => GlobalId.Encode(nameof(ExternalReference), Id);

    [GraphQLIgnore]
    public int RequestId { get; set; }
    public Request? Request { get; set; }
    public ExternalSystem System { get; set; }
    [GraphQLDescription("The id in that system: a ServiceNow sys_id or a Jira issue key.")]
    public required string ExternalId { get; set; }
    public string? DisplayKey { get; set; }
    public string? Url { get; set; }
}

internal sealed class ExternalReferenceConfiguration : IEntityTypeConfiguration<ExternalReference>
{
    public void Configure(EntityTypeBuilder<ExternalReference> builder)
    {
        builder.ToTable("ExternalReferences");
        builder.Property(e => e.System).HasConversion<string>();
        builder.HasIndex(e => new { e.System, e.ExternalId }).IsUnique();
        builder.HasOne(e => e.Request).WithMany(r => r.ExternalReferences).HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
