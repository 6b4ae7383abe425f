using Microsoft.Extensions.Options;

namespace GraphApi.Connectors;

/// <summary>The connector's entry point: <c>dotnet run --project src/GraphApi.Connectors</c>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var host = ConnectorHost.Create(args);
        try
        {
            _ = host.Services.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        }
        catch (OptionsValidationException invalid)
        {
            await Console.Error.WriteLineAsync($"The connector is not configured: {string.Join(" ", invalid.Failures)} (see README, \"The reference connector\").");
            return 2;
        }

        await host.RunAsync();
        return 0;
    }
}
