using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace GraphApi.Persistence;

/// <summary><c>Database:Provider</c>: the embedded SQLite default, or PostgreSQL for several instances on one database.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>What differs between the providers, in one place.</summary>
public static class DatabaseProviders
{
    /// <summary>The configured provider; an unknown name fails start-up with a message.</summary>
    public static DatabaseProvider FromConfiguration(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider) && !int.TryParse(name, out _)
            ? provider
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{name}'.");
    }

    /// <summary>Points <paramref name="options"/> at the database.</summary>
    /// <remarks>
    /// Queries are single statements on purpose: a projection with nested lists reads one consistent snapshot in one round
    /// trip, and its pages are bounded. Saying so also keeps EF Core from warning on each such query's first compilation.
    /// Migrating <see cref="GraphApiDbContext"/> itself throws: the migrations belong to a context per provider, and EF would
    /// otherwise find none and quietly do nothing (<see cref="PersistenceExtensions.MigrateAsync"/> picks the right one).
    /// </remarks>
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        (provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)),
            _ => options.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)).AddInterceptors(SqliteMedianFunction.Instance),
        }).ConfigureWarnings(warnings => warnings.Throw(RelationalEventId.MigrationsNotFound));

    /// <summary>Whether a failed save broke a unique index.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };
}
