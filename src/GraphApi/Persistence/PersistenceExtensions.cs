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

        var folder = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "graphapi.db") }.ToString();
    }

    public static IServiceCollection AddPersistence(this IServiceCollection services, string connectionString) =>
        services.AddDbContext<GraphApiDbContext>(options => options.UseSqlite(connectionString));

    /// <summary>Applies pending migrations and switches the file to WAL, so the CLI and the server can share it.</summary>
    public static async Task MigrateAsync(GraphApiDbContext context, CancellationToken cancellationToken = default)
    {
        await context.Database.MigrateAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
