using GraphApi.Customers;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Security;

public enum ApiKeyRole { Admin, Staff, Connector, Customer }

/// <summary>An API key; only its SHA-256 hash is stored, the key itself is shown once.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ApiKeyRole Role { get; set; }
    public int? CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public required string Hash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    /// <summary>For a staff (or admin) key bound to a person: the staff member it acts as.</summary>
    public int? StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.Property(k => k.Role).HasConversion<string>();
        builder.HasIndex(k => k.Name).IsUnique();
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasOne(k => k.Customer).WithMany().HasForeignKey(k => k.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(k => k.StaffMember).WithMany().HasForeignKey(k => k.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
