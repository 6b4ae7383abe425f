using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Data.Tests;

public sealed class StatementCountTests
{
    private const string Dashboard = """
        { requests(first: 50) { totalCount nodes { id title customer { name email } interactions { channel notes } expectations { commitment open } } } }
        """;

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    [InlineData(120)]
    public async Task DashboardStatementsIndependentOfRows(int rows)
    {
        using var db = new TestDatabase(rows);
        var contexts = new List<ItsmContext>();
        var result = await new RequestExecutor(db.CreateSchema(contexts)).ExecuteOperationAsync(new ExecutionRequest { Query = Dashboard });
        contexts.ForEach(c => c.Dispose());
        using var doc = JsonDocument.Parse(result.ToJson());
        Assert.False(doc.RootElement.TryGetProperty("errors", out _), result.ToJson());
        Assert.Equal(Math.Min(rows, 50), doc.RootElement.GetProperty("data").GetProperty("requests").GetProperty("nodes").GetArrayLength());
        Assert.Equal(2, db.Recorder.Statements.Count); // the page (with its nested objects and lists) and totalCount
    }

    private const string NestedDashboard = """
        { requests(first: 50) { TOTAL nodes { title customer { name } interactions(order: [{ occurredAt: DESC }], first: 3) { nodes { channel notes occurredAt } } expectations(where: { status: { in: [ON_TRACK, AT_RISK] } }) { commitment status dueAt } } } }
        """;

    [Theory]
    [InlineData(5, true, 2)]
    [InlineData(50, true, 2)]
    [InlineData(120, true, 2)]
    [InlineData(120, false, 1)]
    public async Task DashboardWithNestedArgumentsIsOneStatement(int rows, bool totalCount, int statements)
    {
        using var db = new TestDatabase(rows, interactions: 5, expectations: 3);
        var contexts = new List<ItsmContext>();
        var query = NestedDashboard.Replace("TOTAL", totalCount ? "totalCount" : "", StringComparison.Ordinal);
        var result = await new RequestExecutor(db.CreateSchema(contexts, NestedPaging.Cursor)).ExecuteOperationAsync(new ExecutionRequest { Query = query });
        contexts.ForEach(c => c.Dispose());
        using var doc = JsonDocument.Parse(result.ToJson());
        Assert.False(doc.RootElement.TryGetProperty("errors", out _), result.ToJson());
        var nodes = doc.RootElement.GetProperty("data").GetProperty("requests").GetProperty("nodes");
        Assert.Equal(Math.Min(rows, 50), nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(3, n.GetProperty("interactions").GetProperty("nodes").GetArrayLength()));
        Assert.Equal(statements, db.Recorder.Statements.Count); // the page with its customer and nested lists, and totalCount when selected
    }

    [Fact]
    public async Task DashboardSql()
    {
        using var db = new TestDatabase(3);
        var contexts = new List<ItsmContext>();
        var result = await new RequestExecutor(db.CreateSchema(contexts)).ExecuteOperationAsync(new ExecutionRequest { Query = Dashboard });
        contexts.ForEach(c => c.Dispose());
        var json = JsonSerializer.Serialize(JsonDocument.Parse(result.ToJson()).RootElement, new JsonSerializerOptions { WriteIndented = true });
        TextSnapshot.Match("-- result\n" + json + "\n-- sql\n" + string.Join("\n\n", db.Recorder.Statements) + "\n");
    }

    [Theory]
    [InlineData("customerPage(skip: 1, take: 1) { items { name } pageInfo { hasNextPage hasPreviousPage } totalCount }", "Customer 2", null)]
    [InlineData("customerPage(skip: -1) { items { name } }", null, "PAGING_NEGATIVE_SIZE")]
    [InlineData("customerPage(take: 1000) { items { name } }", null, "PAGING_MAX_SIZE_EXCEEDED")]
    public async Task OffsetPaging(string field, string? expected, string? code)
    {
        using var db = new TestDatabase(3);
        var contexts = new List<ItsmContext>();
        var result = await new RequestExecutor(db.CreateSchema(contexts)).ExecuteOperationAsync(new ExecutionRequest { Query = "{ " + field + " }" });
        contexts.ForEach(c => c.Dispose());
        var json = result.ToJson();
        if (expected is not null)
        {
            Assert.Contains(expected, json, StringComparison.Ordinal);
            Assert.Contains("\"hasNextPage\":true,\"hasPreviousPage\":true", json, StringComparison.Ordinal);
        }

        if (code is not null)
        {
            Assert.Contains("\"code\":\"" + code + "\"", json, StringComparison.Ordinal);
        }
    }
}
