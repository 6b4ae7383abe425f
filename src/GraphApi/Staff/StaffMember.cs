using GraphApi.Api;
using GraphApi.GraphQL.Types.CodeFirst;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Staff;

/// <summary>An IT staff member; any of them may take part in an interaction.</summary>
[GraphQLDescription("An IT staff member; any of them may take part in an interaction.")]
public sealed class StaffMember : INode
{
    [GlobalId]
    public int Id { get; set; }

    string INode.Id => GlobalId.Encode(nameof(StaffMember), Id);

    public required string Name { get; set; }
    public required string Email { get; set; }
    public required string Team { get; set; }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("StaffMembers");
        builder.HasIndex(s => s.Email).IsUnique();
    }
}
