using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GraphApi.Persistence;

/// <summary>The context whose migrations fit a database's provider (one migrations set per provider).</summary>
public static class MigrationContexts
{
    /// <summary>A context on the same database as <paramref name="context"/> that owns its provider's migrations.</summary>
    public static GraphApiDbContext For(GraphApiDbContext context)
    {
        var options = (DbContextOptions<GraphApiDbContext>)context.GetService<IDbContextOptions>();
        return Create(context.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, options);
    }

    /// <summary>The migrations' context for <paramref name="provider"/>, on the database <paramref name="options"/> point at.</summary>
    public static GraphApiDbContext Create(DatabaseProvider provider, DbContextOptions<GraphApiDbContext> options) => provider switch
    {
        DatabaseProvider.Postgres => new PostgresGraphApiDbContext(options),
        _ => new SqliteGraphApiDbContext(options),
    };
}
