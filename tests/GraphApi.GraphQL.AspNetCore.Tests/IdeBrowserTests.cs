using System.Text.Json;
using GraphApi.GraphQL.Tests.Compliance;
using Xunit.Abstractions;

namespace GraphApi.GraphQL.AspNetCore.Tests;

/// <summary>Headless Chromium opens the IDE from the server, runs a query and a subscription, and sees the results.</summary>
public sealed class IdeBrowserTests(TestServer server, ITestOutputHelper output) : IClassFixture<TestServer>
{
    [ChromiumFact]
    public async Task Chromium_opens_the_ide_runs_a_query_and_a_subscription()
    {
        var result = await NodeOracle.RunAsync<JsonElement>("ide-browser.mjs", new { url = server.Endpoint.ToString(), executablePath = ChromiumFactAttribute.ChromiumPath });
        output.WriteLine(result.ToString());
        Assert.Contains("Hello, IDE!", result.GetProperty("query").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"counter\": 3", result.GetProperty("subscription").GetString(), StringComparison.Ordinal);
    }
}
