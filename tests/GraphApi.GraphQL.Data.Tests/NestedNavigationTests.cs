using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Data.Tests;

/// <summary>
/// Nested pages whose elements read navigations (issue 5: SQLite has no APPLY), with the service's global query filters
/// in the model: one statement, and the same results as paging in memory.
/// </summary>
public sealed class NestedNavigationTests : IDisposable
{
    private const string ServiceSelection =
        "interactions(order: [{ occurredAt: DESC }], first: 3) { nodes { notes customer { name } participants { role staffMember { name } } } pageInfo { hasNextPage } }";

    private readonly TestDatabase _db = new(requests: 4, interactions: 5, expectations: 3, queryFilters: true);
    private readonly List<ItsmContext> _contexts = [];

    private async Task<(string Text, JsonElement Requests)> RunAsync(string query, bool pagedExpectations = false)
    {
        _db.Recorder.Statements.Clear();
        var executor = new RequestExecutor(_db.CreateSchema(_contexts, NestedPaging.Cursor, pagedExpectations));
        var result = await executor.ExecuteOperationAsync(new ExecutionRequest { Query = query });
        var root = JsonDocument.Parse(result.ToJson()).RootElement;
        var json = JsonSerializer.Serialize(root, new JsonSerializerOptions { WriteIndented = true });
        var text = "-- query\n" + query + "\n-- result\n" + json + "\n-- sql (" + _db.Recorder.Statements.Count + " statements)\n"
            + string.Join("\n\n", _db.Recorder.Statements) + "\n";
        Assert.False(root.TryGetProperty("errors", out _), text);
        var data = root.GetProperty("data");
        var requests = data.TryGetProperty("requests", out var page) ? page.GetProperty("nodes") : data.GetProperty("requestList");
        return (text, requests.Clone());
    }

    [Fact]
    public async Task NestedPageWithReferenceAndListNavigations()
    {
        var (text, requests) = await RunAsync("{ requests(first: 2) { nodes { id " + ServiceSelection + " } } }");
        TextSnapshot.Match(text);
        Assert.Single(_db.Recorder.Statements);
        Assert.Equal("n1d,n1b,n1e | n2d,n2b,n2e", Describe(requests, n => n.GetProperty("notes").GetString()));
        Assert.Equal(
            "Customer 2,Customer 3,Customer 3 | Customer 3,Customer 1,Customer 1",
            Describe(requests, n => n.GetProperty("customer").GetProperty("name").GetString()));
        Assert.Equal(
            "LEAD Staff 1,LEAD Staff 2+SUPPORT Staff 3,LEAD Staff 2+SUPPORT Staff 3 | LEAD Staff 1,LEAD Staff 2+SUPPORT Staff 3,LEAD Staff 2+SUPPORT Staff 3",
            Describe(requests, n => string.Join("+", n.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("role").GetString() + " " + p.GetProperty("staffMember").GetProperty("name").GetString()))));
        Assert.True(requests[0].GetProperty("interactions").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task NestedPageWithReferenceNavigationIsPagedInSql()
    {
        var (text, requests) = await RunAsync(
            "{ requests(first: 2) { nodes { id interactions(last: 2) { edges { cursor node { notes customer { name } } } pageInfo { hasNextPage hasPreviousPage } totalCount } } } }");
        TextSnapshot.Match(text);
        Assert.Single(_db.Recorder.Statements);
        Assert.Contains("ROW_NUMBER()", text, StringComparison.Ordinal);
        Assert.Equal("n1d,n1e | n2d,n2e", Describe(requests, n => n.GetProperty("notes").GetString(), "edges", "node"));
        Assert.Equal("Customer 2,Customer 3 | Customer 3,Customer 1", Describe(requests, n => n.GetProperty("customer").GetProperty("name").GetString(), "edges", "node"));
    }

    [Fact]
    public async Task NestedPageSortedByReferenceField()
    {
        var (text, requests) = await RunAsync(
            "{ requests(first: 2) { nodes { id interactions(order: [{ customer: { name: DESC } }], first: 3) { nodes { notes customer { name } } } } } }");
        TextSnapshot.Match(text);
        Assert.Single(_db.Recorder.Statements);
        // Customer 3 (n1b, n1e), then Customer 2 (n1a, n1d): the Id breaks ties.
        Assert.Equal("n1b,n1e,n1a | n2a,n2d,n2c", Describe(requests, n => n.GetProperty("notes").GetString()));
    }

    [Fact]
    public async Task QueryFiltersApplyInsideTheNestedPage()
    {
        _db.VisibleCustomerId = 3;
        var (text, requests) = await RunAsync("{ requests(first: 2) { totalCount nodes { id " + ServiceSelection.Replace("pageInfo {", "totalCount pageInfo {", StringComparison.Ordinal) + " } } }");
        Assert.Equal(2, _db.Recorder.Statements.Count); // the page with its nested pages, and the root's totalCount
        Assert.Equal("n1b,n1e | n2d,n2a", Describe(requests, n => n.GetProperty("notes").GetString()));
        Assert.All(
            requests.EnumerateArray().SelectMany(r => r.GetProperty("interactions").GetProperty("nodes").EnumerateArray()),
            n => Assert.Equal("Customer 3", n.GetProperty("customer").GetProperty("name").GetString()));
        Assert.True(requests[1].GetProperty("interactions").GetProperty("totalCount").GetInt32() == 2, text);
    }

    [Theory]
    [InlineData(ServiceSelection)]
    [InlineData("interactions(first: 2, after: \"aTow\") { nodes { notes customer { name email } } pageInfo { hasNextPage hasPreviousPage } totalCount }")]
    [InlineData("interactions(last: 2, before: \"aTo0\", order: [{ customer: { name: ASC } }]) { edges { cursor node { notes participants { staffMember { name } } } } pageInfo { hasNextPage hasPreviousPage } }")]
    [InlineData("interactions(last: 3, where: { channel: { neq: \"EMAIL\" } }) { nodes { notes customer { name } participants { role } } pageInfo { hasNextPage hasPreviousPage } totalCount }")]
    [InlineData("interactions(first: 0) { nodes { customer { name } } pageInfo { hasNextPage } }")]
    public async Task InMemoryAgreesWithProjection(string selection)
    {
        var (projectedText, projected) = await RunAsync("{ requests(first: 10) { nodes { id " + selection + " } } }");
        Assert.True(_db.Recorder.Statements.Count == 1, projectedText);
        var (_, memory) = await RunAsync("{ requestList { id " + selection + " } }");
        Assert.Equal(memory.ToString(), projected.ToString());
    }

    [Theory]
    [InlineData("expectations(first: 1, order: [{ dueAt: DESC }]) { nodes { commitment reminders { note } } pageInfo { hasNextPage hasPreviousPage } totalCount }")]
    [InlineData("expectations(last: 1) { edges { cursor node { commitment reminders { note } } } pageInfo { hasNextPage hasPreviousPage } }")]
    [InlineData("expectations(first: 1, after: \"aTow\", where: { open: { eq: true } }) { nodes { commitment reminders { note } } pageInfo { hasNextPage hasPreviousPage } }")]
    public async Task NestedListsUnderAPageWithoutParentNavigationArePagedByTheShaper(string selection)
    {
        // Expectation has no navigation back to its request: the statement reads every filtered expectation, sorted.
        var (projectedText, projected) = await RunAsync("{ requests(first: 10) { nodes { id " + selection + " } } }", pagedExpectations: true);
        Assert.True(_db.Recorder.Statements.Count == 1, projectedText);
        Assert.DoesNotContain("LIMIT @Value", projectedText, StringComparison.Ordinal);
        Assert.DoesNotContain("ROW_NUMBER()", projectedText, StringComparison.Ordinal);
        var (_, memory) = await RunAsync("{ requestList { id " + selection + " } }", pagedExpectations: true);
        Assert.Equal(memory.ToString(), projected.ToString());
        Assert.Contains("reminders", projected.ToString(), StringComparison.Ordinal);
    }

    private static string Describe(JsonElement requests, Func<JsonElement, string?> describe, string list = "nodes", string? node = null) =>
        string.Join(" | ", requests.EnumerateArray().Select(r => string.Join(",", r.GetProperty("interactions").GetProperty(list).EnumerateArray()
            .Select(n => describe(node is null ? n : n.GetProperty(node))))));

    public void Dispose()
    {
        foreach (var context in _contexts)
        {
            context.Dispose();
        }

        _db.Dispose();
    }
}
