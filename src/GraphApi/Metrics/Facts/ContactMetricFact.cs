using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Metrics.Facts;

/// <summary>
/// One staff member's part in one interaction, with the interaction's scope (<see cref="InteractionMetricFact"/>): the
/// distinct customer and staff pairs behind <c>distinctStaffPerCustomer</c>, clustered so that they are counted in order.
/// </summary>
internal sealed class ContactMetricFact
{
    public int CustomerId { get; set; }
    public int StaffMemberId { get; set; }
    public DateTime OccurredAt { get; set; }
    public int InteractionId { get; set; }
    public int? RequestId { get; set; }
    public int? LeadStaffMemberId { get; set; }
    public required string Channel { get; set; }
    public string? Priority { get; set; }
}

internal sealed class ContactMetricFactConfiguration : IEntityTypeConfiguration<ContactMetricFact>
{
    public void Configure(EntityTypeBuilder<ContactMetricFact> builder)
    {
        builder.ToTable("ContactMetricFacts");
        builder.HasKey(f => new { f.CustomerId, f.StaffMemberId, f.OccurredAt, f.InteractionId });
        builder.HasIndex(f => f.InteractionId);
        builder.HasIndex(f => f.RequestId);
    }
}
