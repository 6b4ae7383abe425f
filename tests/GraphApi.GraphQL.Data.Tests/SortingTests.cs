using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Data.Tests;

public sealed class SortingTests : IDisposable
{
    private readonly TestDatabase _db = new(requests: 6);
    private readonly List<ItsmContext> _contexts = [];

    private async Task<(string Text, List<int> Ids)> RunAsync(string arguments)
    {
        var executor = new RequestExecutor(_db.CreateSchema(_contexts));
        var result = await executor.ExecuteOperationAsync(new ExecutionRequest { Query = "{ requests(" + arguments + ") { nodes { id } } }" });
        using var doc = JsonDocument.Parse(result.ToJson());
        var ids = new List<int>();
        if (doc.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            ids.AddRange(data.GetProperty("requests").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        }

        var json = JsonSerializer.Serialize(doc.RootElement, new JsonSerializerOptions { WriteIndented = true });
        return ("-- arguments\n" + arguments + "\n-- result\n" + json + "\n-- sql\n" + string.Join("\n\n", _db.Recorder.Statements) + "\n", ids);
    }

    [Theory]
    [InlineData("order: [{ id: DESC }]", new[] { 6, 5, 4, 3, 2, 1 })]
    [InlineData("order: [{ title: ASC }]", new[] { 1, 2, 3, 4, 5, 6 })]
    [InlineData("order: [{ customer: { name: DESC } }]", new[] { 2, 5, 1, 4, 3, 6 })]
    [InlineData("order: [{ customer: { name: ASC } }, { title: DESC }]", new[] { 6, 3, 4, 1, 5, 2 })]
    [InlineData("order: [{ customer: { name: ASC } }], first: 2, after: \"aTox\"", new[] { 1, 4 })]
    public async Task Orders(string arguments, int[] expected)
    {
        var (text, ids) = await RunAsync(arguments);
        Assert.True(expected.SequenceEqual(ids), text);
        Assert.Single(_db.Recorder.Statements);
    }

    [Fact]
    public async Task NestedSortWithTieBreakerSql()
    {
        var (text, _) = await RunAsync("order: [{ customer: { name: DESC } }]");
        TextSnapshot.Match(text);
    }

    [Theory]
    [InlineData("ASC", "ON_TRACK AT_RISK MET MISSED RENEGOTIATED")]
    [InlineData("DESC", "RENEGOTIATED MISSED MET AT_RISK ON_TRACK")]
    public async Task EnumsStoredByNameSortInDeclaredOrder(string direction, string expected)
    {
        // Stored as names, so SQL alone would sort AT_RISK first; the in-memory sort of the same list must agree.
        using var db = new TestDatabase(requests: 1, expectations: 5);
        var executor = new RequestExecutor(db.CreateSchema(_contexts));
        var query = "{ requests { nodes { expectations(order: [{ status: " + direction + " }]) { status } } } }";
        var result = await executor.ExecuteOperationAsync(new ExecutionRequest { Query = query });
        using var doc = JsonDocument.Parse(result.ToJson());
        var statuses = doc.RootElement.GetProperty("data").GetProperty("requests").GetProperty("nodes")[0].GetProperty("expectations")
            .EnumerateArray().Select(e => e.GetProperty("status").GetString());
        Assert.True(expected == string.Join(" ", statuses), result.ToJson() + "\n" + string.Join("\n", db.Recorder.Statements));
        Assert.Contains("CASE", db.Recorder.Statements.Last(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order: [{ id: UP }]")]
    [InlineData("order: [{ impact: ASC }]")]
    [InlineData("order: [{ nope: ASC }]")]
    [InlineData("order: [{ interactions: ASC }]")]
    [InlineData("where: { impact: { eq: \"x\" } }")]
    public async Task BadOrderGivesCodedErrors(string arguments)
    {
        var (text, _) = await RunAsync(arguments);
        Assert.Contains("\"errors\"", text, StringComparison.Ordinal);
        Assert.Contains("\"code\"", text, StringComparison.Ordinal);
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
