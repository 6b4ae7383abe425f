using GraphApi.Api;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Interactions;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Customers;

/// <summary>A person IT serves: where they sit in the business, how they like to be reached and whom they usually deal with.</summary>
[GraphQLDescription("A person IT serves: where they sit in the business, how they like to be reached and whom they usually deal with.")]
public sealed class Customer : INode
{
    [GlobalId]
    public int Id { get; set; }

    string INode.Id => GlobalId.Encode(nameof(Customer), Id);

    public required string Name { get; set; }
    public required string Email { get; set; }
    public required string BusinessUnit { get; set; }
    [GraphQLDescription("The channels the customer prefers to be reached on.")]
    public List<Channel> PreferredChannels { get; set; } = [];
    [GraphQLDescription("The staff members the customer usually deals with.")]
    public List<CustomerUsualContact> UsualContacts { get => field ??= []; set; }
}

/// <summary>A staff member the customer usually deals with (consistency of contact is measured).</summary>
[GraphQLName("UsualContact")]
[GraphQLDescription("A staff member the customer usually deals with.")]
public sealed class CustomerUsualContact
{
    [GraphQLIgnore]
    public int CustomerId { get; set; }
    [GraphQLIgnore]
    public int StaffMemberId { get; set; }
    public Staff.StaffMember? StaffMember { get; set; }
}

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    private static readonly JsonSerializerOptions ChannelJson = new() { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.Property(c => c.Name).IsRequired();
        builder.Property(c => c.Email).IsRequired();
        builder.Property(c => c.BusinessUnit).IsRequired();
        builder.HasIndex(c => c.Email).IsUnique();
        // A JSON array of names (["Email","Phone"]) on every provider, rather than PostgreSQL's text[], so one migration serves both.
        builder.Property(c => c.PreferredChannels).HasConversion(
            channels => JsonSerializer.Serialize(channels, ChannelJson),
            json => JsonSerializer.Deserialize<List<Channel>>(json, ChannelJson) ?? new List<Channel>(),
            new ValueComparer<List<Channel>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, channel) => HashCode.Combine(hash, channel)), list => list.ToList()));
        builder.HasMany(c => c.UsualContacts).WithOne().HasForeignKey(u => u.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CustomerUsualContactConfiguration : IEntityTypeConfiguration<CustomerUsualContact>
{
    public void Configure(EntityTypeBuilder<CustomerUsualContact> builder)
    {
        builder.ToTable("CustomerUsualContacts");
        builder.HasKey(u => new { u.CustomerId, u.StaffMemberId });
        builder.HasOne(u => u.StaffMember).WithMany().HasForeignKey(u => u.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
