using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Data.Tests;

/// <summary><c>where</c>, <c>order</c> and paging on nested lists: inside the projection (one statement) and in memory.</summary>
public sealed class NestedListTests : IDisposable
{
    private readonly TestDatabase _db = new(requests: 6, interactions: 5, expectations: 3);
    private readonly List<ItsmContext> _contexts = [];

    private async Task<(string Text, string Json)> RunAsync(string query, NestedPaging paging = NestedPaging.None, string? variables = null)
    {
        _db.Recorder.Statements.Clear();
        var executor = new RequestExecutor(_db.CreateSchema(_contexts, paging));
        var result = await executor.ExecuteOperationAsync(new ExecutionRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonInput.ToDictionary(JsonDocument.Parse(variables).RootElement),
        });
        var json = JsonSerializer.Serialize(JsonDocument.Parse(result.ToJson()).RootElement, new JsonSerializerOptions { WriteIndented = true });
        var text = "-- query\n" + query + "\n-- result\n" + json + "\n-- sql (" + _db.Recorder.Statements.Count + " statements)\n"
            + string.Join("\n\n", _db.Recorder.Statements) + "\n";
        return (text, result.ToJson());
    }

    private static string Cursor(int index) => DataFieldExtensions.EncodeCursor(index);

    private static JsonElement Nodes(string json, string root) => JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty(root) switch
    {
        { ValueKind: JsonValueKind.Array } list => list,
        var connection => connection.GetProperty("nodes"),
    };

    [Fact]
    public async Task NestedWhere()
    {
        var (text, json) = await RunAsync("{ requests(first: 10) { nodes { id expectations(where: { status: { in: [ON_TRACK, AT_RISK] } }) { commitment status } } } }");
        TextSnapshot.Match(text);
        Assert.Single(_db.Recorder.Statements);
        Assert.Equal("e1 | | e3.2 | e4.1,e4.2 | e5,e5.1 | e6", Commitments(Nodes(json, "requests"), "expectations"));
    }

    [Fact]
    public async Task NestedOrder()
    {
        var (text, json) = await RunAsync("{ requests(first: 2) { nodes { id interactions(order: [{ occurredAt: DESC }]) { notes occurredAt } } } }");
        TextSnapshot.Match(text);
        Assert.Single(_db.Recorder.Statements);
        Assert.Equal("n1d,n1b,n1e,n1c,n1a | n2d,n2b,n2e,n2c,n2a", Notes(Nodes(json, "requests"), "interactions"));
    }

    [Fact]
    public async Task NestedCursorPaging()
    {
        var (text, json) = await RunAsync(
            "{ requests(first: 2) { nodes { id interactions(first: 2, after: \"" + Cursor(0) + "\") { edges { cursor node { notes } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } } } }",
            NestedPaging.Cursor);
        TextSnapshot.Match(text);
        Assert.Single(_db.Recorder.Statements);
        var first = Nodes(json, "requests")[0].GetProperty("interactions");
        Assert.Equal(["n1b", "n1c"], first.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("notes").GetString()));
        Assert.Equal(5, first.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task NestedOffsetPaging()
    {
        var (text, json) = await RunAsync(
            "{ requests(first: 2) { nodes { id interactions(skip: 1, take: 2) { items { notes } pageInfo { hasNextPage hasPreviousPage } totalCount } } } }",
            NestedPaging.Offset);
        TextSnapshot.Match(text);
        Assert.Single(_db.Recorder.Statements);
        Assert.Equal("n1b,n1c | n2b,n2c", Notes(Nodes(json, "requests"), "interactions", "items"));
    }

    [Fact]
    public async Task NestedWhereOrderAndPagingCombined()
    {
        var (text, json) = await RunAsync(
            "{ requests(first: 3, where: { id: { gt: 1 } }) { nodes { id interactions(where: { channel: { neq: \"EMAIL\" } }, order: [{ occurredAt: DESC }], first: 2) { nodes { channel notes occurredAt } pageInfo { hasNextPage } } expectations(where: { open: { eq: true } }, order: [{ dueAt: DESC }]) { commitment dueAt } } } }",
            NestedPaging.Cursor);
        TextSnapshot.Match(text);
        Assert.Single(_db.Recorder.Statements);
        Assert.Equal("n2d,n2b | n3d,n3b | n4d,n4b", Notes(Nodes(json, "requests"), "interactions", "nodes"));
        Assert.Equal("e2.2,e2 | e3.1 | e4.2,e4", Commitments(Nodes(json, "requests"), "expectations"));
    }

    [Theory]
    [InlineData(NestedPaging.None, "interactions(order: [{ occurredAt: ASC }], where: { notes: { ncontains: \"c\" } }) { notes occurredAt }")]
    [InlineData(NestedPaging.None, "expectations(where: { or: [{ status: { eq: MET } }, { dueAt: { gte: \"2026-01-06T00:00:00Z\" } }] }) { commitment status }")]
    [InlineData(NestedPaging.Cursor, "interactions { nodes { notes } pageInfo { hasNextPage hasPreviousPage } totalCount }")]
    [InlineData(NestedPaging.Cursor, "interactions(order: [{ channel: ASC }], first: 3) { edges { cursor node { channel notes } } pageInfo { hasNextPage endCursor } }")]
    [InlineData(NestedPaging.Cursor, "interactions(first: 2, after: \"aTox\") { nodes { notes } pageInfo { hasNextPage hasPreviousPage } }")]
    [InlineData(NestedPaging.Cursor, "interactions(last: 2) { edges { cursor node { notes } } pageInfo { hasNextPage hasPreviousPage } totalCount }")]
    [InlineData(NestedPaging.Cursor, "interactions(last: 2, after: \"aToy\", order: [{ occurredAt: DESC }]) { edges { cursor node { notes } } pageInfo { hasPreviousPage } }")]
    [InlineData(NestedPaging.Cursor, "interactions(last: 2, before: \"aToz\") { edges { cursor node { notes } } pageInfo { hasNextPage hasPreviousPage } }")]
    [InlineData(NestedPaging.Cursor, "a: interactions(first: 1) { nodes { notes } } b: interactions(last: 1, where: { channel: { eq: \"CHAT\" } }) { nodes { notes } }")]
    [InlineData(NestedPaging.Cursor, "interactions(order: [], last: 2) { nodes { notes } }")]
    [InlineData(NestedPaging.None, "interactions(order: [{ channel: DESC }]) { channel notes } expectations(order: []) { commitment }")]
    [InlineData(NestedPaging.Offset, "interactions(skip: 3, take: 5, order: [{ occurredAt: DESC }]) { items { notes } pageInfo { hasNextPage hasPreviousPage } totalCount }")]
    public async Task InMemoryAgreesWithProjection(NestedPaging paging, string selection)
    {
        var (projectedText, projected) = await RunAsync("{ requests(first: 10) { nodes { id " + selection + " } } }", paging);
        Assert.Single(_db.Recorder.Statements);
        var (memoryText, memory) = await RunAsync("{ requestList { id " + selection + " } }", paging);
        Assert.DoesNotContain("errors", projected, StringComparison.Ordinal);
        Assert.Equal(Nodes(projected, "requests").ToString(), Nodes(memory, "requestList").ToString());
        Assert.DoesNotContain("LIMIT", string.Join("\n", _db.Recorder.Statements), StringComparison.Ordinal);
        Assert.NotEqual(projectedText, memoryText);
    }

    [Theory]
    [InlineData("first: 5, before: \"aToy\"", "n1a,n1b", false, false)]
    [InlineData("first: 1, before: \"aToy\"", "n1a", true, false)]
    [InlineData("first: 1, after: \"aTow\", before: \"aToy\"", "n1b", false, true)]
    [InlineData("last: 1, before: \"aToy\"", "n1b", true, true)]
    [InlineData("last: 9", "n1a,n1b,n1c,n1d,n1e", false, false)]
    [InlineData("last: 2, after: \"aToz\"", "n1e", false, true)]
    public async Task NestedCursorWindows(string arguments, string notes, bool hasNext, bool hasPrevious)
    {
        foreach (var root in new[] { "requests(first: 1) { nodes", "requestList" })
        {
            var (text, json) = await RunAsync(
                "{ " + root + " { interactions(" + arguments + ") { nodes { notes } pageInfo { hasNextPage hasPreviousPage } } } }" + (root.StartsWith("requests(", StringComparison.Ordinal) ? " }" : ""),
                NestedPaging.Cursor);
            var request = Nodes(json, root.StartsWith("requests(", StringComparison.Ordinal) ? "requests" : "requestList")[0];
            Assert.True(notes == Notes(JsonDocument.Parse("[" + request + "]").RootElement, "interactions", "nodes"), text);
            var info = request.GetProperty("interactions").GetProperty("pageInfo");
            Assert.Equal((hasNext, hasPrevious), (info.GetProperty("hasNextPage").GetBoolean(), info.GetProperty("hasPreviousPage").GetBoolean()));
        }
    }

    [Fact]
    public async Task ResolverProjectingByItselfTranslatesNestedArguments()
    {
        var (text, json) = await RunAsync(
            "{ projectedRequests { id interactions(where: { channel: { eq: \"CHAT\" } }, last: 1) { nodes { notes } } } }",
            NestedPaging.Cursor);
        Assert.Single(_db.Recorder.Statements);
        Assert.True(Notes(Nodes(json, "projectedRequests"), "interactions", "nodes") == "n1e | n2e | n3e | n4e | n5e | n6e", text);
    }

    [Fact]
    public async Task ProjectedPageIsNotPagedAgain()
    {
        // Paging the projected page again would skip past it and leave nothing.
        var query = "{ requests(first: 1) { nodes { interactions(first: 1, after: \"" + Cursor(3) + "\") { nodes { notes } } } } }";
        var (text, json) = await RunAsync(query, NestedPaging.Cursor);
        Assert.Equal("n1e", Notes(Nodes(json, "requests"), "interactions", "nodes"));
        Assert.True(text.Contains("< \"i0\".\"row\"", StringComparison.Ordinal), text);
    }

    [Theory]
    [InlineData("interactions(first: -1)", "PAGING_NEGATIVE_SIZE")]
    [InlineData("interactions(first: 1, last: 1)", "PAGING_FIRST_AND_LAST")]
    [InlineData("interactions(first: 21)", "PAGING_MAX_SIZE_EXCEEDED")]
    [InlineData("interactions(after: \"nope!\")", "PAGING_INVALID_CURSOR")]
    [InlineData("interactions(order: [{ notes: UP }])", "GRAPHQL_VALIDATION_FAILED")]
    public async Task BadNestedArgumentsGiveCodedErrors(string field, string code)
    {
        foreach (var root in new[] { "requests(first: 2) { nodes { ", "requestList { " })
        {
            var (text, json) = await RunAsync("{ " + root + field + " { nodes { notes } } } }" + (root.StartsWith("requests", StringComparison.Ordinal) ? " }" : ""), NestedPaging.Cursor);
            Assert.Contains("\"code\":\"" + code + "\"", json, StringComparison.Ordinal);
            Assert.DoesNotContain("INTERNAL_SERVER_ERROR", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ProjectedNestedErrorPointsAtTheNestedField()
    {
        var (_, json) = await RunAsync("{ requests(first: 2) {\n nodes {\n   interactions(first: -1) { nodes { notes } } } } }", NestedPaging.Cursor);
        Assert.Contains("\"locations\":[{\"line\":3,\"column\":4}],\"path\":[\"requests\"],\"extensions\":{\"code\":\"PAGING_NEGATIVE_SIZE\"}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"status\": \"NOPE\"}")]
    [InlineData("{\"status\": 3}")]
    public async Task BadNestedVariableGivesBadUserInput(string variables)
    {
        var (_, json) = await RunAsync(
            "query($status: ExpectationStatus) { requests(first: 2) { nodes { expectations(where: { status: { eq: $status } }) { commitment } } } }",
            variables: variables);
        Assert.Contains("\"code\":\"BAD_USER_INPUT\"", json, StringComparison.Ordinal);
    }

    private static string Notes(JsonElement nodes, string field, string? page = null) => string.Join(" | ", nodes.EnumerateArray().Select(n =>
    {
        var list = page is null ? n.GetProperty(field) : n.GetProperty(field).GetProperty(page);
        return string.Join(",", list.EnumerateArray().Select(i => i.GetProperty("notes").GetString()));
    }));

    private static string Commitments(JsonElement nodes, string field) => string.Join(" | ", nodes.EnumerateArray().Select(n =>
        string.Join(",", n.GetProperty(field).EnumerateArray().Select(i => i.GetProperty("commitment").GetString())))).Replace("  ", " ", StringComparison.Ordinal);

    public void Dispose()
    {
        foreach (var context in _contexts)
        {
            context.Dispose();
        }

        _db.Dispose();
    }
}
