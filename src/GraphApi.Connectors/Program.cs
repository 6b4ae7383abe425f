namespace GraphApi.Connectors;

/// <summary>The connector's entry point: <c>dotnet run --project src/GraphApi.Connectors</c>.</summary>
internal static class Program
{
    private static async Task Main(string[] args)
    {
        using var host = ConnectorHost.Create(args);
        await host.RunAsync();
    }
}
