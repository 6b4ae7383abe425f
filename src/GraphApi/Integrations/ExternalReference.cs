using GraphApi.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Integrations;

public enum ExternalSystem { ServiceNow, Jira, Other }

/// <summary>The request's counterpart in ServiceNow or Jira: sys_id or issue key, unique per system.</summary>
public sealed class ExternalReference
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public Request? Request { get; set; }
    public ExternalSystem System { get; set; }
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
        builder.HasOne(e => e.Request).WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
