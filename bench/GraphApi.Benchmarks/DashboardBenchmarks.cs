using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphApi.Api;
using GraphApi.GraphQL.Execution;
using GraphApi.Persistence;
using GraphApi.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace GraphApi.Benchmarks;

/// <summary>
/// The team dashboard (schema/operations/dashboard.graphql: 50 open requests, each with its customer, owner,
/// last 3 interactions and open expectations) through GraphApi and through the hand-written EF Core +
/// System.Text.Json endpoint a developer would write instead (<see cref="HandWrittenDashboard"/>), on one
/// SQLite file with the service's demo data. Both write the same JSON bytes (checked in the setup);
/// bench/dashboard-vs-handwritten.sh prints GraphApi's latency and allocations as multiples of the hand-written one's.
/// </summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private static readonly AuthenticatedKey Admin = new(1, "bench", ApiKeyRole.Admin, null);

    private readonly ArrayBufferWriter<byte> _output = new(256 * 1024);
    private string _folder = null!;
    private ServiceProvider _services = null!;
    private RequestExecutor _executor = null!;
    private string _query = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("graphapi-dashboard-").FullName;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "graphapi.db") }.ToString();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:GraphApi"] = connectionString, ["Security:RateLimits:Enabled"] = "false" })
            .Build();

        // The server's own registrations (Program.cs), so resolvers get what they get in production:
        // a DbContext per resolver, confined to the request's Caller, and the executor with the server's options.
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new BenchHostEnvironment(_folder));
        services.AddLogging();
        services.AddGraphApiPersistence();
        services.AddGraphApiGraphQL();
        _services = services.BuildServiceProvider();
        _executor = _services.GetRequiredService<RequestExecutor>();
        _query = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "documents", "dashboard.graphql"));

        using (var scope = _services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
            PersistenceExtensions.MigrateAsync(context).GetAwaiter().GetResult();
            DemoData.SeedIfEmptyAsync(context).GetAwaiter().GetResult();
        }

        var graphApi = Json(GraphApi);
        var handWritten = Json(HandWritten);
        if (!graphApi.AsSpan().SequenceEqual(handWritten))
        {
            File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "dashboard-graphapi.json"), graphApi);
            File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "dashboard-handwritten.json"), handWritten);
            throw new InvalidOperationException($"GraphApi and the hand-written endpoint wrote different JSON ({graphApi.Length} and {handWritten.Length} bytes); both are in {Path.GetTempPath()}dashboard-*.json.");
        }

        using var written = JsonDocument.Parse(graphApi);
        var nodes = written.RootElement.GetProperty("data").GetProperty("requests").GetProperty("nodes").GetArrayLength();
        if (nodes != 50)
        {
            throw new InvalidOperationException($"The dashboard returned {nodes} requests, not 50: the demo data no longer fits the benchmark.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>As the server runs a request: a scope of its own, the caller signed in, the document cache on.</summary>
    [Benchmark]
    public async Task<int> GraphApi()
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Caller>().SignIn(Admin);
        var result = await _executor.ExecuteOperationAsync(new ExecutionRequest { Query = _query, Services = scope.ServiceProvider });
        _output.ResetWrittenCount();
        await using var writer = new Utf8JsonWriter(_output);
        result.WriteTo(writer);
        await writer.FlushAsync();
        return _output.WrittenCount;
    }

    /// <summary>The same request served by hand: a scope, the caller signed in, a DbContext, one LINQ query and a serializer.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> HandWritten()
    {
        await using var scope = _services.CreateAsyncScope();
        var caller = scope.ServiceProvider.GetRequiredService<Caller>();
        caller.SignIn(Admin);
        await using var db = new GraphApiDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<GraphApiDbContext>>(), caller);
        var response = await HandWrittenDashboard.LoadAsync(db, 50);
        _output.ResetWrittenCount();
        await using var writer = new Utf8JsonWriter(_output);
        JsonSerializer.Serialize(writer, response, DashboardJsonContext.Default.DashboardResponse);
        await writer.FlushAsync();
        return _output.WrittenCount;
    }

    private byte[] Json(Func<Task<int>> benchmark)
    {
        benchmark().GetAwaiter().GetResult();
        return _output.WrittenSpan.ToArray();
    }

    private sealed class BenchHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "GraphApi";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
