using GraphApi.Customers;
using GraphApi.Expectations;
using GraphApi.Integrations;
using GraphApi.Interactions;
using GraphApi.Requests;
using GraphApi.Retrospectives;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Persistence;

public sealed class GraphApiDbContext(DbContextOptions<GraphApiDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<Request> Requests => Set<Request>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<Expectation> Expectations => Set<Expectation>();
    public DbSet<Retrospective> Retrospectives => Set<Retrospective>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<ExternalReference> ExternalReferences => Set<ExternalReference>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GraphApiDbContext).Assembly);
}
