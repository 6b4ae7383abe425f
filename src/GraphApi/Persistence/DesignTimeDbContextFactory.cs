using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GraphApi.Persistence;

/// <summary>
/// How <c>dotnet ef</c> builds the migrations' contexts, one per provider. <c>migrations add</c> connects to no database, so
/// the connection strings are placeholders; database commands take the real one with <c>--connection</c>.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteGraphApiDbContext>, IDesignTimeDbContextFactory<PostgresGraphApiDbContext>
{
    SqliteGraphApiDbContext IDesignTimeDbContextFactory<SqliteGraphApiDbContext>.CreateDbContext(string[] args) =>
        new(Options(DatabaseProvider.Sqlite, "Data Source=data/graphapi.db"));

    PostgresGraphApiDbContext IDesignTimeDbContextFactory<PostgresGraphApiDbContext>.CreateDbContext(string[] args) =>
        new(Options(DatabaseProvider.Postgres, "Host=localhost;Database=graphapi"));

    private static DbContextOptions<GraphApiDbContext> Options(DatabaseProvider provider, string connectionString) =>
        (DbContextOptions<GraphApiDbContext>)new DbContextOptionsBuilder<GraphApiDbContext>().Use(provider, connectionString).Options;
}
