using GraphApi.Api;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Requests;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Retrospectives;

/// <summary>Learning from experience, after a request or as a periodic voice-of-the-customer session (no request).</summary>
[GraphQLDescription("Learning from experience, after a request or as a periodic voice-of-the-customer session (no request).")]
public sealed class Retrospective : INode
{
    [GlobalId]
    public int Id { get; set; }

    string INode.Id => GlobalId.Encode(nameof(Retrospective), Id);

    [GraphQLIgnore]
    public int? RequestId { get; set; }
    public Request? Request { get; set; }
    public DateTime HeldAt { get; set; }
    public string? WentWell { get; set; }
    public string? WentWrong { get; set; }
    public string? DoDifferently { get; set; }
    [StaffOnly]
    [GraphQLDescription("IT's own view, internal to IT: customer keys read it as null and may not filter or sort on it. Staff only.")]
    public string? ItPerspective { get; set; }
    public string? CustomerPerspective { get; set; }

    /// <summary>Customer rating, 1 to 5.</summary>
    [GraphQLDescription("The customer's rating, 1 to 5.")]
    public int? CustomerRating { get; set; }
    public List<RetrospectiveParticipant> Participants { get => field ??= []; set; }
    public List<ActionItem> ActionItems { get => field ??= []; set; }
}

[GraphQLDescription("A staff member who took part in a retrospective.")]
public sealed class RetrospectiveParticipant
{
    [GraphQLIgnore]
    public int RetrospectiveId { get; set; }
    [GraphQLIgnore]
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
}

[GraphQLDescription("Something to do differently, from a retrospective: who does it, by when, and whether it is done.")]
public sealed class ActionItem : INode
{
    [GlobalId]
    public int Id { get; set; }

    string INode.Id => GlobalId.Encode(nameof(ActionItem), Id);

    [GraphQLIgnore]
    public int RetrospectiveId { get; set; }
    public Retrospective? Retrospective { get; set; }
    public required string Text { get; set; }
    [GraphQLIgnore]
    public int? OwnerId { get; set; }
    public StaffMember? Owner { get; set; }
    public DateTime? DueAt { get; set; }
    public bool Done { get; set; }
}

internal sealed class RetrospectiveConfiguration : IEntityTypeConfiguration<Retrospective>
{
    public void Configure(EntityTypeBuilder<Retrospective> builder)
    {
        builder.ToTable("Retrospectives", t => t.HasCheckConstraint("CK_Retrospectives_CustomerRating", "\"CustomerRating\" BETWEEN 1 AND 5"));
        builder.HasOne(r => r.Request).WithMany(r => r.Retrospectives).HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.Participants).WithOne().HasForeignKey(p => p.RetrospectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.ActionItems).WithOne(a => a.Retrospective).HasForeignKey(a => a.RetrospectiveId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RetrospectiveParticipantConfiguration : IEntityTypeConfiguration<RetrospectiveParticipant>
{
    public void Configure(EntityTypeBuilder<RetrospectiveParticipant> builder)
    {
        builder.ToTable("RetrospectiveParticipants");
        builder.HasKey(p => new { p.RetrospectiveId, p.StaffMemberId });
        builder.HasOne(p => p.StaffMember).WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ToTable("ActionItems");
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.SetNull);
    }
}
