using GraphApi.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests;

/// <summary>A SQLite file of its own in the temp folder, deleted on dispose.</summary>
public sealed class TempDatabase : ITestDatabase
{
    public TempDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"graphapi-test-{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public GraphApiDbContext CreateContext() =>
        new((DbContextOptions<GraphApiDbContext>)new DbContextOptionsBuilder<GraphApiDbContext>().Use(Provider, ConnectionString).Options);

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
