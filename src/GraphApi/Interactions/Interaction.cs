using GraphApi.Api;
using GraphApi.Customers;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Requests;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Interactions;

public enum Channel { Email, Phone, Chat, InPerson, Video, Meeting }

public enum InteractionDirection { Inbound, Outbound }

public enum InteractionKind { Intake, Clarification, StatusUpdate, Education, Resolution, Feedback, Other }

public enum ParticipantRole { Lead, Contributor, Listener }

/// <summary>A contact between IT and a customer, over the channel the customer chose, with every staff member who took part.</summary>
[GraphQLDescription("A contact between IT and a customer, over the channel the customer chose, with every staff member who took part.")]
public sealed class Interaction : INode
{
    [GlobalId]
    public int Id { get; set; }

    string INode.Id => GlobalId.Encode(nameof(Interaction), Id);

    [GraphQLIgnore]
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }
    [GraphQLIgnore]
    public int? RequestId { get; set; }
    public Request? Request { get; set; }
    public Channel Channel { get; set; }
    public InteractionDirection Direction { get; set; }
    public InteractionKind Kind { get; set; }
    public required string Summary { get; set; }
    public DateTime OccurredAt { get; set; }

    /// <summary>Whether the channel was one the customer prefers.</summary>
    [GraphQLDescription("Whether the channel was one the customer prefers.")]
    public bool OnPreferredChannel { get; set; }

    [GraphQLDescription("Every staff member who took part, in the order given when it was logged.")]
    public List<InteractionParticipant> Participants { get => field ??= []; set; }

    [StaffOnly]
    [GraphQLDescription("A note internal to IT: customer keys read it as null and may not filter or sort on it. Staff only.")]
    public string? InternalNote { get; set; }
}

[GraphQLDescription("A staff member who took part in an interaction, and how.")]
public sealed class InteractionParticipant
{
    [GraphQLIgnore]
    public int InteractionId { get; set; }
    [GraphQLIgnore]
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public ParticipantRole Role { get; set; }

    /// <summary>Where the participant was in the list given (0 first): part of the key, so participants read back in that order.</summary>
    [GraphQLIgnore]
    public int Position { get; set; }
}

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.ToTable("Interactions");
        builder.Property(i => i.Channel).HasConversion<string>();
        builder.Property(i => i.Direction).HasConversion<string>();
        builder.Property(i => i.Kind).HasConversion<string>();
        builder.HasIndex(i => i.OccurredAt);
        builder.HasOne(i => i.Customer).WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Request).WithMany(r => r.Interactions).HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Participants).WithOne().HasForeignKey(p => p.InteractionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InteractionParticipantConfiguration : IEntityTypeConfiguration<InteractionParticipant>
{
    public void Configure(EntityTypeBuilder<InteractionParticipant> builder)
    {
        builder.ToTable("InteractionParticipants");
        builder.HasKey(p => new { p.InteractionId, p.Position });
        builder.HasIndex(p => new { p.InteractionId, p.StaffMemberId }).IsUnique();
        builder.Property(p => p.Role).HasConversion<string>();
        builder.HasOne(p => p.StaffMember).WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
