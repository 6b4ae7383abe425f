using GraphApi.Tests.Api;

namespace GraphApi.Tests.Metrics;

/// <summary>The API on a loopback port with the demo data and its history, as <c>dotnet run</c> serves them.</summary>
public sealed class DashboardApiFactory : KestrelApiFactory
{
    protected override bool SeedDemoHistory => true;

    /// <summary>The dashboard's address.</summary>
    public Uri Dashboard => new(Endpoint, "/dashboard");
}
