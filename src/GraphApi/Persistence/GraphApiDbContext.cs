using GraphApi.Audit;
using GraphApi.Customers;
using GraphApi.Events;
using GraphApi.Expectations;
using GraphApi.Integrations;
using GraphApi.Integrations.Webhooks;
using GraphApi.Interactions;
using GraphApi.Metrics.Facts;
using GraphApi.Requests;
using GraphApi.Retrospectives;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Persistence;

/// <summary>
/// The database as the API uses it. Migrations belong to a subclass per provider (<see cref="SqliteGraphApiDbContext"/>,
/// <see cref="PostgresGraphApiDbContext"/>): apply them with <see cref="PersistenceExtensions.MigrateAsync"/>.
/// </summary>
/// <param name="options">The provider and connection.</param>
/// <param name="caller">Who is asking: a customer key sees only its own data, through every query (see <see cref="CustomerVisibility"/>).</param>
public class GraphApiDbContext(DbContextOptions<GraphApiDbContext> options, Caller? caller = null) : DbContext(options)
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
    public DbSet<DomainEvent> Events => Set<DomainEvent>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDeadLetter> WebhookDeadLetters => Set<WebhookDeadLetter>();

    /// <summary>The customer this context is confined to, or null for every customer (read by the query filters on each query).</summary>
    public int? VisibleCustomerId => caller?.VisibleCustomerId;

    /// <summary>Saves, and refreshes the metric facts derived from what was saved in the same transaction (see <see cref="MetricFacts"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!HasMetricFacts || MetricFactChanges.Collect(ChangeTracker) is not { } changes)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await MetricFacts.RefreshAsync(this, changes.Keys(), cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (!HasMetricFacts || MetricFactChanges.Collect(ChangeTracker) is not { } changes)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        MetricFacts.Refresh(this, changes.Keys());
        own?.Commit();
        return saved;
    }

    // A model for a schema from before the facts (one that ignores them) keeps none.
    private bool HasMetricFacts => Model.FindEntityType(typeof(RequestMetricFact)) is not null;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GraphApiDbContext).Assembly);
        CustomerVisibility.Apply(modelBuilder, this);
    }
}
