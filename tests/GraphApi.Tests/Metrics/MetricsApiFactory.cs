using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Metrics;

/// <summary>The API on a database of its own holding <see cref="MetricsTestData"/> (no demo data), with the clock stopped at <see cref="MetricsTestData.Now"/>.</summary>
public class MetricsApiFactory : ApiFactory
{
    private readonly SemaphoreSlim _seeding = new(1, 1);
    private MetricsTestData? _data;

    public MetricsApiFactory()
        : this(new TempDatabase())
    {
    }

    protected MetricsApiFactory(ITestDatabase database)
        : base(database)
    {
    }

    protected override bool SeedDemo => false;

    /// <summary>The seeded rows, as the database holds them (seeded on first call).</summary>
    public async Task<MetricsTestData> DataAsync()
    {
        await _seeding.WaitAsync();
        try
        {
            if (_data is null)
            {
                StartServer();
                await using var db = Database.CreateContext();
                _data = await MetricsTestData.SeedAsync(db);
            }

            return _data;
        }
        finally
        {
            _seeding.Release();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new StoppedClock(MetricsTestData.Now)));
    }

    private sealed class StoppedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now, TimeSpan.Zero);
    }
}

/// <summary><see cref="MetricsApiFactory"/> on a PostgreSQL database of its own.</summary>
public sealed class PostgresMetricsApiFactory : MetricsApiFactory
{
    public PostgresMetricsApiFactory()
        : base(new PostgresTestDatabase())
    {
    }
}
