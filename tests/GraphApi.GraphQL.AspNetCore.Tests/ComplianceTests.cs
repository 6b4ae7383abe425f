using System.Text.Json;
using GraphApi.GraphQL.Tests.Compliance;
using Xunit.Abstractions;

namespace GraphApi.GraphQL.AspNetCore.Tests;

/// <summary>The ecosystem's own clients and audits (tests/compliance) against the server on a loopback port.</summary>
public sealed class ComplianceTests(TestServer server, ITestOutputHelper output) : IClassFixture<TestServer>
{
    [Fact]
    public async Task Graphql_http_server_audits_every_must_and_should_passes()
    {
        var results = await NodeOracle.RunAsync<AuditResult[]>("http-audit.mjs", new { url = server.Endpoint.ToString() });
        foreach (var result in results)
        {
            output.WriteLine($"{result.Status,-6} {result.Id} {result.Name}{(result.Reason is null ? "" : " — " + result.Reason)}");
        }

        var failures = results.Where(result => result.Status != "ok" && !result.Name.StartsWith("MAY", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{results.Length} audits: {results.Count(r => r.Status == "ok")} ok; MAY not ok: {results.Count(r => r.Status != "ok" && r.Name.StartsWith("MAY", StringComparison.Ordinal))}");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Status} {f.Name}: {f.Reason}")));
        Assert.True(results.Length > 30);
    }

    [Fact]
    public async Task Graphql_ws_client_subscribes_receives_completes_and_runs_queries_and_mutations()
    {
        var url = new UriBuilder(server.Endpoint) { Scheme = "ws" }.Uri.ToString();
        var result = await NodeOracle.RunAsync<JsonElement>("ws-client.mjs", new { url, to = 5 });
        output.WriteLine(result.ToString());
        var events = result.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("counter").GetInt32()).ToArray();
        Assert.Equal([1, 2, 3, 4, 5], events);
        Assert.Equal("Hello, world!", result.GetProperty("query")[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.True(result.GetProperty("mutation")[0].GetProperty("data").GetProperty("increment").GetInt32() > 0);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", result.GetProperty("error")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("welcome", result.GetProperty("ackPayload").GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task Raw_socket_probe_sees_every_close_code()
    {
        var url = new UriBuilder(server.Endpoint) { Scheme = "ws" }.Uri.ToString();
        var result = await NodeOracle.RunAsync<Dictionary<string, CloseResult>>("ws-close-codes.mjs", new { url, forbiddenToken = TestSocketInterceptor.ForbiddenToken });
        foreach (var (name, close) in result)
        {
            output.WriteLine($"{name}: {close.Code} {close.Reason}");
        }

        Assert.Equal(4400, result["invalidMessage"].Code);
        Assert.Equal(4400, result["notJson"].Code);
        Assert.Equal(4401, result["unauthorized"].Code);
        Assert.Equal(4403, result["forbidden"].Code);
        Assert.Equal(4406, result["subprotocol"].Code);
        Assert.Equal(4408, result["initTimeout"].Code);
        Assert.Equal(4409, result["duplicateSubscriber"].Code);
        Assert.Equal(4429, result["tooManyInits"].Code);
        Assert.Equal(4500, result["internalError"].Code);
    }

    [Fact]
    public async Task Graphql_sse_client_receives_a_subscription()
    {
        var result = await NodeOracle.RunAsync<JsonElement>("sse-client.mjs", new { url = server.Endpoint.ToString(), to = 4 });
        output.WriteLine(result.ToString());
        var events = result.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("counter").GetInt32()).ToArray();
        Assert.Equal([1, 2, 3, 4], events);
    }

    public sealed record AuditResult(string Id, string Name, string Status, string? Reason);

    public sealed record CloseResult(int? Code, string Reason);
}
