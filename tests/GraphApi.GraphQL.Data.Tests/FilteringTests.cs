using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Data.Tests;

public sealed class FilteringTests : IDisposable
{
    private readonly TestDatabase _db = new(requests: 12);
    private readonly List<ItsmContext> _contexts = [];

    private async Task<(string Text, List<int> Ids)> RunAsync(string where)
    {
        var executor = new RequestExecutor(_db.CreateSchema(_contexts));
        var result = await executor.ExecuteOperationAsync(new ExecutionRequest { Query = "{ requests(first: 100, where: " + where + ") { nodes { id } } }" });
        using var doc = JsonDocument.Parse(result.ToJson());
        var ids = new List<int>();
        if (doc.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            ids.AddRange(data.GetProperty("requests").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        }

        var json = JsonSerializer.Serialize(doc.RootElement, new JsonSerializerOptions { WriteIndented = true });
        return ("-- where\n" + where + "\n-- result\n" + json + "\n-- sql\n" + string.Join("\n\n", _db.Recorder.Statements) + "\n", ids);
    }

    [Theory]
    [InlineData("{ id: { eq: 3 } }", new[] { 3 })]
    [InlineData("{ id: { neq: 3, lte: 4 } }", new[] { 1, 2, 4 })]
    [InlineData("{ id: { in: [2, 5] } }", new[] { 2, 5 })]
    [InlineData("{ id: { nin: [1, 2, 3, 4, 5, 6, 7, 8, 9] } }", new[] { 10, 11, 12 })]
    [InlineData("{ id: { gt: 10 } }", new[] { 11, 12 })]
    [InlineData("{ id: { ngt: 2 } }", new[] { 1, 2 })]
    [InlineData("{ id: { gte: 11, nlte: 11 } }", new[] { 12 })]
    [InlineData("{ id: { lt: 2 } }", new[] { 1 })]
    [InlineData("{ id: { nlt: 12 } }", new[] { 12 })]
    [InlineData("{ id: { ngte: 2 } }", new[] { 1 })]
    [InlineData("{ title: { eq: \"Request 7\" } }", new[] { 7 })]
    [InlineData("{ title: { contains: \"st 1\" } }", new[] { 1, 10, 11, 12 })]
    [InlineData("{ title: { ncontains: \"1\" } }", new[] { 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData("{ title: { startsWith: \"Request 1\" } }", new[] { 1, 10, 11, 12 })]
    [InlineData("{ title: { nstartsWith: \"Req\" } }", new int[0])]
    [InlineData("{ title: { endsWith: \"2\" } }", new[] { 2, 12 })]
    [InlineData("{ title: { nendsWith: \"1\" } }", new[] { 2, 3, 4, 5, 6, 7, 8, 9, 10, 12 })]
    [InlineData("{ title: { in: [\"Request 3\"] } }", new[] { 3 })]
    [InlineData("{ title: { icontains: \"REQUEST 9\" } }", new[] { 9 })]
    [InlineData("{ title: { ieq: \"request 8\" } }", new[] { 8 })]
    [InlineData("{ or: [{ id: { eq: 1 } }, { id: { eq: 2 } }] }", new[] { 1, 2 })]
    [InlineData("{ and: [{ id: { gt: 1 } }, { id: { lt: 3 } }] }", new[] { 2 })]
    [InlineData("{ customer: { name: { eq: \"Customer 1\" } } }", new[] { 3, 6, 9, 12 })]
    [InlineData("{ interactions: { some: { notes: { eq: \"n4b\" } } } }", new[] { 4 })]
    [InlineData("{ interactions: { all: { channel: { in: [\"EMAIL\", \"PHONE\"] } } }, id: { lt: 3 } }", new[] { 1, 2 })]
    [InlineData("{ interactions: { none: { channel: { eq: \"PHONE\" } } } }", new int[0])]
    [InlineData("{ interactions: { any: true }, id: { eq: 5 } }", new[] { 5 })]
    public async Task Operators(string where, int[] expected)
    {
        var (text, ids) = await RunAsync(where);
        Assert.True(expected.SequenceEqual(ids), text);
        Assert.Single(_db.Recorder.Statements);
        Assert.DoesNotContain("Request 7", _db.Recorder.Statements[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestedFilterSql()
    {
        var (text, _) = await RunAsync("{ customer: { name: { contains: \"1\" } }, interactions: { some: { channel: { eq: \"PHONE\" } } }, id: { lt: 4 } }");
        TextSnapshot.Match(text);
    }

    [Theory]
    [InlineData("{ title: { like: \"x\" } }")]
    [InlineData("{ nope: { eq: 1 } }")]
    [InlineData("{ id: { eq: \"x\" } }")]
    [InlineData("{ title: { contains: null } }")]
    [InlineData("{ title: null }")]
    public async Task BadWhereGivesCodedErrors(string where)
    {
        var (text, _) = await RunAsync(where);
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
