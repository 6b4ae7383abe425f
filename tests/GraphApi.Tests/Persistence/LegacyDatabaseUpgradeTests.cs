using GraphApi.Customers;
using GraphApi.Events;
using GraphApi.Metrics.Facts;
using GraphApi.Persistence;
using GraphApi.Security;
using GraphApi.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Persistence;

/// <summary>
/// A database made by the hand-written migrations (their script, recorded in <c>LegacyMigrations/</c> before they were
/// squashed) moves to the generated migrations with every row intact and the schema a fresh database gets.
/// </summary>
public class LegacyDatabaseUpgradeTests : IDisposable
{
    private readonly ITestDatabase _database;

    public LegacyDatabaseUpgradeTests()
        : this(new TempDatabase())
    {
    }

    protected LegacyDatabaseUpgradeTests(ITestDatabase database) => _database = database;

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    [ApiFact]
    public async Task A_database_made_by_the_hand_written_migrations_upgrades_without_data_loss()
    {
        await CreateLegacyDatabaseAsync();
        await SeedAsync();
        var legacyColumns = await SchemaDescription.ColumnsAsync(_database);
        var rows = await SchemaDescription.RowsAsync(_database, legacyColumns);
        Assert.Equal(LegacyMigrationHistory.MigrationIds, await SchemaDescription.AppliedMigrationsAsync(_database));

        await using (var context = _database.CreateContext())
        {
            await PersistenceExtensions.MigrateAsync(context);
        }

        Assert.Equal(rows, Legacy(await SchemaDescription.RowsAsync(_database, legacyColumns), legacyColumns));
        Assert.Equal(await MigrationIdsAsync(), await SchemaDescription.AppliedMigrationsAsync(_database));
        using var fresh = NewDatabase();
        await using (var context = fresh.CreateContext())
        {
            await PersistenceExtensions.MigrateAsync(context);
        }

        Assert.Equal(await SchemaDescription.SchemaAsync(fresh), await SchemaDescription.SchemaAsync(_database));

        // Migrating again changes nothing, and new rows take the next keys after the old ones.
        await using (var context = _database.CreateContext())
        {
            await PersistenceExtensions.MigrateAsync(context);
            await using var migrations = MigrationContexts.For(context);
            Assert.Empty(await migrations.Database.GetPendingMigrationsAsync());
            var highest = await context.Customers.MaxAsync(c => c.Id);
            var customer = new Customer { Name = "Zoe Quint", Email = "zoe.quint@example.com", BusinessUnit = "Legal" };
            context.Customers.Add(customer);
            await context.SaveChangesAsync();
            Assert.Equal(highest + 1, customer.Id);
        }

        Assert.Equal(rows.Count + 1, Legacy(await SchemaDescription.RowsAsync(_database), legacyColumns).Count);

        // The later migrations' backfills: participants numbered in each interaction, times for expectations and decisions.
        await using var upgraded = _database.CreateContext();
        var positions = await upgraded.Set<GraphApi.Interactions.InteractionParticipant>().GroupBy(p => p.InteractionId).Select(g => g.Max(p => p.Position) + 1 == g.Count()).ToListAsync();
        Assert.All(positions, Assert.True);
        Assert.Contains(await upgraded.Set<GraphApi.Interactions.InteractionParticipant>().Select(p => p.Position).Distinct().ToListAsync(), position => position > 0);
        Assert.False(await upgraded.Expectations.AnyAsync(e => e.CreatedAt < DemoData.Now.AddYears(-5)));
        Assert.False(await upgraded.Requests.AnyAsync(r => r.Decision != null && r.DecidedAt == null));
        Assert.Equal(await upgraded.Requests.CountAsync(), await upgraded.Set<RequestMetricFact>().CountAsync());
        Assert.Equal(await upgraded.Expectations.CountAsync(), await upgraded.Set<ExpectationMetricFact>().CountAsync());
        Assert.Equal(await upgraded.Interactions.CountAsync(), await upgraded.Set<InteractionMetricFact>().CountAsync());
        Assert.Equal(await upgraded.Set<GraphApi.Interactions.InteractionParticipant>().CountAsync(), await upgraded.Set<ContactMetricFact>().CountAsync());
    }

    // The rows of the tables the legacy schema had: later migrations' tables of derived rows (the metric facts) are filled by their backfill.
    private static List<string> Legacy(List<string> rows, IReadOnlyDictionary<string, List<string>> legacyColumns) =>
        rows.Where(row => legacyColumns.ContainsKey(row[..row.IndexOf(": ", StringComparison.Ordinal)])).ToList();

    [ApiFact]
    public async Task A_partial_legacy_history_is_refused_with_a_message_and_left_as_it_was()
    {
        await CreateLegacyDatabaseAsync();
        await SchemaDescription.ExecuteAsync(_database,
            """delete from "__EFMigrationsHistory" where "MigrationId" <> '20261122000000_Initial'""");
        var schema = await SchemaDescription.SchemaAsync(_database);

        await using (var context = _database.CreateContext())
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PersistenceExtensions.MigrateAsync(context));
            Assert.Contains("20261130000000_Events, 20261130010000_ExpectationMonitor", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(["20261122000000_Initial"], await SchemaDescription.AppliedMigrationsAsync(_database));
        Assert.Equal(schema, await SchemaDescription.SchemaAsync(_database));
    }

    private ITestDatabase NewDatabase() => _database.Provider == DatabaseProvider.Postgres ? new PostgresTestDatabase() : new TempDatabase();

    private Task CreateLegacyDatabaseAsync() => SchemaDescription.ExecuteAsync(_database,
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Persistence", "LegacyMigrations", $"{_database.Provider.ToString().ToLowerInvariant()}.sql")));

    private async Task SeedAsync()
    {
        var options = (DbContextOptions<GraphApiDbContext>)new DbContextOptionsBuilder<GraphApiDbContext>().Use(_database.Provider, _database.ConnectionString).Options;
        await using var context = new LegacySeedContext(options);
        Assert.True(await DemoData.SeedIfEmptyAsync(context));
        context.ApiKeys.Add(new ApiKey { Name = "ops", Role = ApiKeyRole.Admin, Hash = "hash-of-ops", CreatedAt = DemoData.Now });
        context.Events.Add(new DomainEvent
        {
            Type = EventType.RequestStatusChanged, EntityType = "Request", EntityId = 1, RequestId = 1, CustomerId = 1,
            PreviousStatus = "NEW", Status = "TRIAGED", Actor = "ops", OccurredAt = DemoData.Now, Note = "legacy",
        });
        var expectation = await context.Expectations.OrderBy(e => e.Id).FirstAsync();
        expectation.AtRiskRaisedAt = DemoData.Now;
        await context.SaveChangesAsync();
    }

    private async Task<List<string>> MigrationIdsAsync()
    {
        await using var context = _database.CreateContext();
        await using var migrations = MigrationContexts.For(context);
        return migrations.Database.GetMigrations().ToList();
    }
}

public sealed class LegacyDatabaseUpgradeTestsOnPostgres() : LegacyDatabaseUpgradeTests(new PostgresTestDatabase()), IRunsOnPostgres;
