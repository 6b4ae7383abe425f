using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphApi.Tests;

/// <summary>A database of a test's own, on one of the providers.</summary>
public interface ITestDatabase : IDisposable
{
    DatabaseProvider Provider { get; }

    string ConnectionString { get; }

    /// <summary>A context on the database without a caller (sees everything).</summary>
    GraphApiDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<GraphApiDbContext>();
        options.Use(Provider, ConnectionString);
        return new GraphApiDbContext(options.Options);
    }
}

/// <summary>
/// The PostgreSQL cluster the tests may use: <c>GRAPHAPI_TEST_POSTGRES</c>, an Npgsql connection string to a server where
/// the user may create databases (<c>.ci/run</c> starts one on a loopback port and sets it). Without it, the
/// PostgreSQL variants of the API tests are skipped with <see cref="SkipReason"/>.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "GRAPHAPI_TEST_POSTGRES";

    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string? SkipReason => ConnectionString is null
        ? $"PostgreSQL is not available: set {Variable} to an Npgsql connection string (.ci/run starts a cluster and sets it)."
        : null;
}

/// <summary>A PostgreSQL database created for one test fixture on first use and dropped on dispose.</summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    private readonly string _name = $"graphapi_test_{Guid.NewGuid():N}";
    private readonly Lazy<string> _connectionString;

    public PostgresTestDatabase() => _connectionString = new Lazy<string>(Create);

    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    public string ConnectionString => _connectionString.Value;

    private string Create()
    {
        var server = TestPostgres.ConnectionString ?? throw new InvalidOperationException(TestPostgres.SkipReason);
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = _name, MaxPoolSize = 50 }.ToString();
    }

    public void Dispose()
    {
        if (!_connectionString.IsValueCreated)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
