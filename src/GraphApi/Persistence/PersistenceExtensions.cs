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
    /// Applies pending migrations. On SQLite it switches the file to WAL, so the CLI and the server can share it; on
    /// PostgreSQL it holds an advisory lock meanwhile, so instances starting together migrate one after the other.
    /// </summary>
    public static async Task MigrateAsync(GraphApiDbContext context, CancellationToken cancellationToken = default)
    {
        if (!context.Database.IsNpgsql())
        {
            await context.Database.MigrateAsync(cancellationToken);
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            return;
        }

        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
            await context.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
            await context.Database.CloseConnectionAsync();
        }
    }
}
