using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Data.Tests;

public sealed class PagingTests : IDisposable
{
    private readonly TestDatabase _db = new(requests: 50);
    private readonly List<ItsmContext> _contexts = [];

    private async Task<string> RunAsync(string query)
    {
        var executor = new RequestExecutor(_db.CreateSchema(_contexts));
        var result = await executor.ExecuteOperationAsync(new ExecutionRequest { Query = query });
        var json = JsonSerializer.Serialize(JsonDocument.Parse(result.ToJson()).RootElement, new JsonSerializerOptions { WriteIndented = true });
        return "-- result\n" + json + "\n-- sql (" + _db.Recorder.Statements.Count + " statements)\n" + string.Join("\n\n", _db.Recorder.Statements) + "\n";
    }

    [Fact]
    public async Task FirstPageProjectsSelectedColumns()
    {
        var text = await RunAsync("{ requests(first: 2) { nodes { title customer { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");
        TextSnapshot.Match(text);
        Assert.Single(_db.Recorder.Statements);
        Assert.DoesNotContain("\"Impact\"", _db.Recorder.Statements[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterCursorAndTotalCount()
    {
        var after = DataFieldExtensions.EncodeCursor(1);
        var text = await RunAsync("{ requests(first: 2, after: \"" + after + "\") { edges { cursor node { id } } totalCount } }");
        TextSnapshot.Match(text);
        Assert.Equal(2, _db.Recorder.Statements.Count);
    }

    [Fact]
    public async Task LastPage()
    {
        var text = await RunAsync("{ requests(last: 2) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }");
        Assert.Contains("\"id\": 49", text, StringComparison.Ordinal);
        Assert.Contains("\"id\": 50", text, StringComparison.Ordinal);
        Assert.Contains("\"hasPreviousPage\": true", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("last: 2, before: \"aTox\"", "1", true, false)] // cursors are offsets: aTox is 1
    [InlineData("last: 2, before: \"aTo5\"", "8,9", true, true)]
    [InlineData("last: 2, before: \"aToxMDAw\"", "49,50", false, true)]
    [InlineData("first: 5, before: \"aToy\"", "1,2", false, false)]
    [InlineData("first: 1, after: \"aTow\", before: \"aToz\"", "2", true, true)]
    [InlineData("last: 3, after: \"aTo0Nw==\"", "49,50", false, true)]
    public async Task CursorWindows(string arguments, string ids, bool hasNext, bool hasPrevious)
    {
        var text = await RunAsync("{ requests(" + arguments + ") { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }");
        var data = JsonDocument.Parse(text[(text.IndexOf('{', StringComparison.Ordinal))..text.IndexOf("\n-- sql", StringComparison.Ordinal)]).RootElement.GetProperty("data").GetProperty("requests");
        Assert.True(ids == string.Join(",", data.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32())), text);
        Assert.Equal((hasNext, hasPrevious), (data.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean(), data.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()));
    }

    [Theory]
    [InlineData("first: 2, after: \"aTo0Ng==\"")] // rows 48 and 49: one more follows
    [InlineData("first: 2, after: \"aTo0Nw==\"")] // rows 49 and 50: the last ones
    [InlineData("first: 5, before: \"aToy\"")]
    [InlineData("first: 1, after: \"aTow\", before: \"aToz\"")]
    [InlineData("last: 2, before: \"aTo5\"")]
    [InlineData("first: 60")]
    public async Task TotalCountTellsHasNextPageWithoutAnExtraRow(string arguments)
    {
        // With totalCount selected the page fetches no look-ahead row; pageInfo must not change for it.
        var withCount = await RunAsync("{ requests(" + arguments + ") { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } }");
        _db.Recorder.Statements.Clear();
        var without = await RunAsync("{ requests(" + arguments + ") { nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } }");
        var pageInfo = (string text) => JsonDocument.Parse(text[text.IndexOf('{', StringComparison.Ordinal)..text.IndexOf("\n-- sql", StringComparison.Ordinal)]).RootElement
            .GetProperty("data").GetProperty("requests") is var requests
            ? requests.GetProperty("nodes").GetRawText() + requests.GetProperty("pageInfo").GetRawText()
            : "";
        Assert.Equal(pageInfo(without), pageInfo(withCount));
    }

    [Fact]
    public async Task NestedListInSameStatement()
    {
        var text = await RunAsync("{ requests(first: 50) { nodes { id title customer { name email } interactions { channel notes } } } }");
        Assert.Single(_db.Recorder.Statements);
        Assert.Contains("n50b", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("requests(first: -1)", "PAGING_NEGATIVE_SIZE")]
    [InlineData("requests(first: 1, last: 1)", "PAGING_FIRST_AND_LAST")]
    [InlineData("requests(first: 101)", "PAGING_MAX_SIZE_EXCEEDED")]
    [InlineData("requests(after: \"nope!\")", "PAGING_INVALID_CURSOR")]
    [InlineData("requests(after: \"aTp4\")", "PAGING_INVALID_CURSOR")]
    public async Task BadArgumentsGiveCodedErrors(string field, string code)
    {
        var text = await RunAsync("{ " + field + " { nodes { id } } }");
        Assert.Contains("\"code\": \"" + code + "\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectedList()
    {
        var text = await RunAsync("{ customers { name } }");
        TextSnapshot.Match(text);
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
