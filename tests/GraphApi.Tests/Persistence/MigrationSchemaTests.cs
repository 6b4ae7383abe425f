using GraphApi.Persistence;
using GraphApi.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Persistence;

/// <summary>Each provider's generated migrations create exactly the schema EF derives from the model.</summary>
public class MigrationSchemaTests : IDisposable
{
    private readonly ITestDatabase _migrated;
    private readonly ITestDatabase _created;

    public MigrationSchemaTests()
        : this(new TempDatabase(), new TempDatabase())
    {
    }

    protected MigrationSchemaTests(ITestDatabase migrated, ITestDatabase created) => (_migrated, _created) = (migrated, created);

    public void Dispose()
    {
        _migrated.Dispose();
        _created.Dispose();
        GC.SuppressFinalize(this);
    }

    [ApiFact]
    public async Task Migrated_database_matches_the_model()
    {
        await using (var context = _migrated.CreateContext())
        {
            await PersistenceExtensions.MigrateAsync(context);
            await using var migrations = MigrationContexts.For(context);
            Assert.Empty(await migrations.Database.GetPendingMigrationsAsync());
            Assert.Equal(migrations.Database.GetMigrations(), await migrations.Database.GetAppliedMigrationsAsync());
        }

        await using (var context = _created.CreateContext())
        {
            await context.Database.EnsureCreatedAsync();
        }

        Assert.Equal(await SchemaDescription.SchemaAsync(_created), await SchemaDescription.SchemaAsync(_migrated));
    }

    [ApiFact]
    public async Task Migrating_the_provider_neutral_context_directly_fails_instead_of_doing_nothing()
    {
        await using var context = _migrated.CreateContext();

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => context.Database.MigrateAsync());
    }
}

public sealed class MigrationSchemaTestsOnPostgres() : MigrationSchemaTests(new PostgresTestDatabase(), new PostgresTestDatabase()), IRunsOnPostgres;
