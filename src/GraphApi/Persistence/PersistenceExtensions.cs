using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Persistence;

public static class PersistenceExtensions
{
    /// <summary><c>ConnectionStrings:GraphApi</c>, or by default a SQLite file in <c>data/</c> under the content root (created when missing).</summary>
    public static string ResolveConnectionString(IConfiguration configuration, string contentRoot)
    {
        if (configuration.GetConnectionString("GraphApi") is { Length: > 0 } configured)
        {
            return configured;
        }

        if (DatabaseProviders.FromConfiguration(configuration) == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:GraphApi to an Npgsql connection string.");
        }

        var folder = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "graphapi.db") }.ToString();
    }

    // Any fixed number: the session advisory lock instances take to migrate one at a time.
    private const long MigrationLock = 0x47_41_50_4D;

    /// <summary>
    /// Applies pending migrations of the provider's set (<see cref="MigrationContexts"/>), after taking over a database made by
    /// the hand-written migrations (<see cref="LegacyMigrationHistory"/>). On SQLite it switches the file to WAL, so the CLI and
    /// the server can share it; on PostgreSQL it holds an advisory lock meanwhile, so instances starting together migrate one
    /// after the other.
    /// </summary>
    public static async Task MigrateAsync(GraphApiDbContext context, CancellationToken cancellationToken = default)
    {
        await using var migrations = MigrationContexts.For(context);
        if (!migrations.Database.IsNpgsql())
        {
            await LegacyMigrationHistory.UpgradeAsync(migrations, cancellationToken);
            await migrations.Database.MigrateAsync(cancellationToken);
            await migrations.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            return;
        }

        await migrations.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await migrations.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
            await LegacyMigrationHistory.UpgradeAsync(migrations, cancellationToken);
            await migrations.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await migrations.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
            await migrations.Database.CloseConnectionAsync();
        }
    }
}
