using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Data.Tests;

/// <summary>
/// <c>ExpectationStatusOperationFilterInput</c> (an enum) and <c>DateTimeOperationFilterInput</c> against SQLite, the
/// enum stored as its name. Expectation j of request i is "e{i}" (j = 0) or "e{i}.{j}", with status (i + j) mod 5
/// (ON_TRACK AT_RISK MET MISSED RENEGOTIATED) and due on day i + j of January 2026.
/// </summary>
public sealed class ScalarFilterTests : IDisposable
{
    private readonly TestDatabase _db = new(requests: 4, interactions: 1, expectations: 3);
    private readonly List<ItsmContext> _contexts = [];

    private async Task<(string Text, string Json, string Commitments)> RunAsync(string where, string? variables = null, string variableDefinitions = "")
    {
        _db.Recorder.Statements.Clear();
        var executor = new RequestExecutor(_db.CreateSchema(_contexts));
        var query = "query" + variableDefinitions + " { expectations(where: " + where + ") { commitment status dueAt } }";
        var result = await executor.ExecuteOperationAsync(new ExecutionRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonInput.ToDictionary(JsonDocument.Parse(variables).RootElement),
        });
        using var doc = JsonDocument.Parse(result.ToJson());
        var commitments = doc.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? string.Join(" ", data.GetProperty("expectations").EnumerateArray().Select(e => e.GetProperty("commitment").GetString()))
            : "";
        var json = JsonSerializer.Serialize(doc.RootElement, new JsonSerializerOptions { WriteIndented = true });
        var text = "-- where\n" + where + (variables is null ? "" : "\n-- variables\n" + variables) + "\n-- result\n" + json
            + "\n-- sql\n" + string.Join("\n\n", _db.Recorder.Statements) + "\n";
        return (text, result.ToJson(), commitments);
    }

    [Theory]
    [InlineData("eq", "{ status: { eq: AT_RISK } }", "e1 e4.2")]
    [InlineData("neq", "{ status: { neq: AT_RISK } }", "e1.1 e1.2 e2 e2.1 e2.2 e3 e3.1 e3.2 e4 e4.1")]
    [InlineData("in", "{ status: { in: [ON_TRACK, AT_RISK] } }", "e1 e3.2 e4.1 e4.2")]
    [InlineData("nin", "{ status: { nin: [MET, MISSED, RENEGOTIATED] } }", "e1 e3.2 e4.1 e4.2")]
    [InlineData("and", "{ status: { and: [{ neq: MET }, { neq: MISSED }], nin: [RENEGOTIATED] } }", "e1 e3.2 e4.1 e4.2")]
    public async Task EnumOperators(string name, string where, string expected)
    {
        var (text, _, commitments) = await RunAsync(where);
        Assert.Equal(expected, commitments);
        Assert.Single(_db.Recorder.Statements);
        TextSnapshot.Match(text, name);
    }

    [Fact]
    public async Task LongInListFiltersLikeAShortOne()
    {
        // Past 32 values the list travels as one list parameter instead of one parameter per value.
        var values = string.Join(", ", Enumerable.Repeat("ON_TRACK, AT_RISK", 20));
        var (_, _, commitments) = await RunAsync("{ status: { in: [" + values + "] } }");
        var (_, _, excluded) = await RunAsync("{ status: { nin: [" + string.Join(", ", Enumerable.Repeat("MET, MISSED, RENEGOTIATED", 15)) + "] } }");
        Assert.Equal("e1 e3.2 e4.1 e4.2", commitments);
        Assert.Equal("e1 e3.2 e4.1 e4.2", excluded);
    }

    [Theory]
    [InlineData("eq", "{ dueAt: { eq: \"2026-01-04T00:00:00Z\" } }", "e1.2 e2.1 e3")]
    [InlineData("eqOffset", "{ dueAt: { eq: \"2026-01-04T02:00:00+02:00\" } }", "e1.2 e2.1 e3")]
    [InlineData("neq", "{ dueAt: { neq: \"2026-01-04T00:00:00Z\" } }", "e1 e1.1 e2 e2.2 e3.1 e3.2 e4 e4.1 e4.2")]
    [InlineData("in", "{ dueAt: { in: [\"2026-01-02T00:00:00Z\", \"2026-01-07T00:00:00Z\"] } }", "e1 e4.2")]
    [InlineData("nin", "{ dueAt: { nin: [\"2026-01-03T00:00:00Z\", \"2026-01-04T00:00:00Z\", \"2026-01-05T00:00:00Z\", \"2026-01-06T00:00:00Z\"] } }", "e1 e4.2")]
    [InlineData("gt", "{ dueAt: { gt: \"2026-01-06T00:00:00Z\" } }", "e4.2")]
    [InlineData("ngt", "{ dueAt: { ngt: \"2026-01-06T00:00:00Z\" } }", "e1 e1.1 e1.2 e2 e2.1 e2.2 e3 e3.1 e3.2 e4 e4.1")]
    [InlineData("gte", "{ dueAt: { gte: \"2026-01-06T00:00:00Z\" } }", "e3.2 e4.1 e4.2")]
    [InlineData("ngte", "{ dueAt: { ngte: \"2026-01-03T00:00:00Z\" } }", "e1")]
    [InlineData("lt", "{ dueAt: { lt: \"2026-01-03T00:00:00Z\" } }", "e1")]
    [InlineData("nlt", "{ dueAt: { nlt: \"2026-01-07T00:00:00Z\" } }", "e4.2")]
    [InlineData("lte", "{ dueAt: { lte: \"2026-01-03T00:00:00Z\" } }", "e1 e1.1 e2")]
    [InlineData("nlte", "{ dueAt: { nlte: \"2026-01-06T00:00:00Z\" } }", "e4.2")]
    [InlineData("range", "{ dueAt: { gte: \"2026-01-03T00:00:00Z\", lt: \"2026-01-04T00:00:00Z\" }, status: { neq: MISSED } }", "e1.1 e2")]
    public async Task DateTimeOperators(string name, string where, string expected)
    {
        var (text, _, commitments) = await RunAsync(where);
        Assert.Equal(expected, commitments);
        Assert.Single(_db.Recorder.Statements);
        Assert.DoesNotContain("2026-01", _db.Recorder.Statements[0], StringComparison.Ordinal); // values are parameters
        TextSnapshot.Match(text, name);
    }

    [Theory]
    [InlineData("{ status: { eq: NOPE } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ status: { eq: \"AT_RISK\" } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ status: { in: [AT_RISK, 1] } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ dueAt: { eq: \"yesterday\" } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ dueAt: { gt: \"2026-13-01T00:00:00Z\" } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ dueAt: { lt: 20260101 } }", "GRAPHQL_VALIDATION_FAILED")]
    public async Task BadLiteralsFailValidation(string where, string code)
    {
        // A literal is checked against the input type before execution, so the request fails as a whole.
        var (_, json, _) = await RunAsync(where);
        Assert.Contains("\"code\":\"" + code + "\"", json, StringComparison.Ordinal);
        Assert.Empty(_db.Recorder.Statements);
    }

    [Theory]
    [InlineData("($s: ExpectationStatus)", "{ status: { eq: $s } }", "{\"s\": \"NOPE\"}")]
    [InlineData("($s: ExpectationStatus)", "{ status: { eq: $s } }", "{\"s\": 1}")]
    [InlineData("($s: [ExpectationStatus])", "{ status: { in: $s } }", "{\"s\": [\"AT_RISK\", \"at_risk\"]}")]
    [InlineData("($d: DateTime)", "{ dueAt: { eq: $d } }", "{\"d\": \"yesterday\"}")]
    [InlineData("($d: DateTime)", "{ dueAt: { gt: $d } }", "{\"d\": \"2026-01-04\"}")]
    [InlineData("($d: DateTime)", "{ dueAt: { lt: $d } }", "{\"d\": 1767225600}")]
    [InlineData("($w: ExpectationFilterInput)", "$w", "{\"w\": {\"dueAt\": {\"gte\": \"2026-02-30T00:00:00Z\"}}}")]
    [InlineData("($w: ExpectationFilterInput)", "$w", "{\"w\": {\"status\": {\"nin\": [\"MET\", \"LATE\"]}}}")]
    public async Task BadVariablesGiveBadUserInput(string definitions, string where, string variables)
    {
        var (text, json, _) = await RunAsync(where, variables, definitions);
        Assert.Contains("\"code\":\"BAD_USER_INPUT\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", text, StringComparison.Ordinal);
        Assert.Empty(_db.Recorder.Statements);
    }

    [Fact]
    public async Task GoodVariablesFilter()
    {
        var (_, _, commitments) = await RunAsync(
            "{ status: { in: $s }, dueAt: { lt: $d } }",
            "{\"s\": [\"ON_TRACK\", \"AT_RISK\"], \"d\": \"2026-01-06T00:00:00Z\"}",
            "($s: [ExpectationStatus!], $d: DateTime)");
        Assert.Equal("e1", commitments);
    }

    public void Dispose()
    {
        foreach (var context in _contexts)
        {
            context.Dispose();
        }

        _db.Dispose();
    }
}
