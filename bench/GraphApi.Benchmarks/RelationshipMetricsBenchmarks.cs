using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphApi.Api;
using GraphApi.GraphQL.Execution;
using GraphApi.Metrics.Facts;
using GraphApi.Persistence;
using GraphApi.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace GraphApi.Benchmarks;

/// <summary>
/// <c>relationshipMetrics(groupBy: CUSTOMER)</c> with every metric, through the server's executor, over a SQLite file
/// of 100,000 requests with their interactions, participants, expectations, events and retrospectives
/// (<see cref="MetricsBenchData"/>; built once and kept in the temp folder). The setup counts the SQL statements one
/// request runs (EF Core's CommandExecuted events) and prints them.
/// </summary>
[MemoryDiagnoser]
public class RelationshipMetricsBenchmarks
{
    private const string Query = """
        { relationshipMetrics(groupBy: CUSTOMER) {
            key customer { name businessUnit } requests resolvedRequests medianTimeToFirstResponse medianTimeToResolve expectationsDue
            expectationsSettled expectationsMetRate expectationsMissedRate renegotiatedRate warnedBeforeDueRate updateCadenceAdherence
            interactions preferredChannelRate contactConsistency distinctStaffPerCustomer
            decisionMix { accepted declined deferred alreadyAvailable } educationOpportunities retrospectiveCoverage
            actionItemsDoneRate averageCustomerRating } }
        """;

    private static readonly AuthenticatedKey Admin = new(1, "bench", ApiKeyRole.Admin, null);

    private readonly ArrayBufferWriter<byte> _output = new(256 * 1024);
    private ServiceProvider _services = null!;
    private RequestExecutor _executor = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = MetricsBenchData.EnsureAsync().GetAwaiter().GetResult();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:GraphApi"] = new SqliteConnectionStringBuilder { DataSource = path }.ToString() })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new MetricsHostEnvironment(Path.GetDirectoryName(path)!));
        services.AddLogging();
        services.AddGraphApiPersistence();
        services.AddGraphApiGraphQL();
        _services = services.BuildServiceProvider();
        _executor = _services.GetRequiredService<RequestExecutor>();

        Run().GetAwaiter().GetResult();
        using var statements = new StatementCounter();
        var bytes = Run().GetAwaiter().GetResult();
        using var written = JsonDocument.Parse(_output.WrittenMemory);
        if (written.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"relationshipMetrics failed: {errors}");
        }

        var groups = written.RootElement.GetProperty("data").GetProperty("relationshipMetrics");
        var requests = groups.EnumerateArray().Sum(g => g.GetProperty("requests").GetInt32());
        Console.WriteLine($"// relationshipMetrics(groupBy: CUSTOMER): {groups.GetArrayLength()} groups, {requests:N0} requests, {bytes:N0} bytes, {statements.Count} SQL statements per request (each one's time to its last row, run side by side: {string.Join(", ", statements.Timings)})");
        var (save, refresh) = SaveMilliseconds(path);
        Console.WriteLine($"// one save touching one request (an expectation's status): {save:F1} ms, of which refreshing its metric facts {refresh:F1} ms (medians of 20, rolled back)");
        if (requests != MetricsBenchData.Requests)
        {
            throw new InvalidOperationException($"The groups count {requests} requests, not {MetricsBenchData.Requests}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>As the server runs a request: a scope of its own, the caller signed in, the result written as JSON.</summary>
    [Benchmark]
    public Task<int> RelationshipMetricsByCustomer() => Run();

    private async Task<int> Run()
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Caller>().SignIn(Admin);
        var result = await _executor.ExecuteOperationAsync(new ExecutionRequest { Query = Query, Services = scope.ServiceProvider });
        _output.ResetWrittenCount();
        await using var writer = new Utf8JsonWriter(_output);
        result.WriteTo(writer);
        await writer.FlushAsync();
        return _output.WrittenCount;
    }

    // What the facts cost a writer: each save runs in a transaction rolled back after, so the file stays as built.
    private static (double Save, double Refresh) SaveMilliseconds(string path)
    {
        var options = new DbContextOptionsBuilder<GraphApiDbContext>().UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString()).Options;
        var saves = new List<double>();
        var refreshes = new List<double>();
        for (var n = 0; n < 21; n++)
        {
            using var db = new GraphApiDbContext(options);
            using var transaction = db.Database.BeginTransaction();
            var expectation = db.Expectations.Single(e => e.Id == 1000 + n);
            expectation.Status = expectation.Status == Expectations.ExpectationStatus.Met ? Expectations.ExpectationStatus.Missed : Expectations.ExpectationStatus.Met;
            var watch = Stopwatch.StartNew();
            db.SaveChanges();
            saves.Add(watch.Elapsed.TotalMilliseconds);
            var keys = new MetricFactKeys();
            keys.RequestIds.Add(expectation.RequestId);
            watch.Restart();
            MetricFacts.Refresh(db, keys);
            refreshes.Add(watch.Elapsed.TotalMilliseconds);
            transaction.Rollback();
        }

        return (saves.Skip(1).Order().ElementAt(10), refreshes.Skip(1).Order().ElementAt(10));
    }

    // Counts the statements EF Core executes while it is alive, and how long each took.
    private sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable _all;
        private readonly List<IDisposable> _listeners = [];
        private readonly List<string> _timings = [];
        private readonly Dictionary<Guid, TimeSpan> _untilFirstRow = [];
        private int _count;

        public StatementCounter() => _all = DiagnosticListener.AllListeners.Subscribe(this);

        public int Count => _count;

        /// <summary>Each statement's time, from execution to its last row read, and the first table it reads.</summary>
        public IReadOnlyList<string> Timings => _timings;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                _listeners.Add(listener.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed)
            {
                Interlocked.Increment(ref _count);
                lock (_timings) _untilFirstRow[executed.CommandId] = executed.Duration;
            }
            else if (value.Key == RelationalEventId.DataReaderDisposing.Name && value.Value is DataReaderDisposingEventData read)
            {
                var table = System.Text.RegularExpressions.Regex.Match(read.Command.CommandText, "FROM \"(\\w+)\"").Groups[1].Value;
                lock (_timings) _timings.Add($"{table} {(_untilFirstRow.GetValueOrDefault(read.CommandId) + read.Duration).TotalMilliseconds:F0} ms");
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            _listeners.ForEach(listener => listener.Dispose());
        }
    }

    private sealed class MetricsHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "GraphApi";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
