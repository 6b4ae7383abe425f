using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;

namespace GraphApi.GraphQL.Tests.Execution;

// Depth and cost limits, checked after variable coercion and before any resolver runs.
public sealed class OperationGuardTests
{
    private const string Sdl = """
        type Item { name: String tags(first: Int): [String] child: Item }
        type Query { items(first: Int, last: Int): [Item] item: Item }
        """;

    private static async Task<(string Json, int ResolverCalls)> Execute(string query, ExecutionOptions options, Dictionary<string, object?>? variables = null)
    {
        var calls = 0;
        var schema = SchemaBuilder.FromSdl(Sdl, new SdlBindings()
            .Resolve("Query", "items", _ =>
            {
                Interlocked.Increment(ref calls);
                return Array.Empty<object>();
            })
            .Resolve("Query", "item", _ =>
            {
                Interlocked.Increment(ref calls);
                return new Dictionary<string, object?> { ["name"] = "x" };
            }));
        var result = await new RequestExecutor(schema, options).ExecuteOperationAsync(new ExecutionRequest { Query = query, Variables = variables });
        return (result.ToJson(), calls);
    }

    [Theory]
    [InlineData("{ items(first: 50) { name } }", 51)]
    [InlineData("{ items(last: 4) { name tags(first: 3) child { name } } }", 1 + (4 * 4))]
    [InlineData("{ items { ...F } } fragment F on Item { name ... on Item { tags } }", 1 + (10 * 2))]
    [InlineData("{ item { name child { name } } }", 4)]
    public async Task Cost_counts_each_field_and_multiplies_list_children_by_first_last_or_the_default(string query, int cost)
    {
        var (json, calls) = await Execute(query, new ExecutionOptions { MaxCost = cost - 1, DefaultListSize = 10 });
        Assert.Equal(
            $$$"""{"errors":[{"message":"The operation's estimated cost is {{{cost}}}; at most {{{cost - 1}}} is allowed. Ask for fewer items (first/last) or fewer fields.","extensions":{"code":"MAX_COST_EXCEEDED","measured":{{{cost}}},"limit":{{{cost - 1}}}}}]}""",
            json);
        Assert.Equal(0, calls);
        Assert.Equal(1, (await Execute(query, new ExecutionOptions { MaxCost = cost, DefaultListSize = 10 })).ResolverCalls);
    }

    [Fact]
    public async Task Cost_reads_page_sizes_from_variables()
    {
        var (json, calls) = await Execute("query ($n: Int) { items(first: $n) { name } }", new ExecutionOptions { MaxCost = 50 }, new() { ["n"] = 99L });
        Assert.Equal(
            """{"errors":[{"message":"The operation's estimated cost is 100; at most 50 is allowed. Ask for fewer items (first/last) or fewer fields.","extensions":{"code":"MAX_COST_EXCEEDED","measured":100,"limit":50}}]}""",
            json);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Cost_without_a_page_size_uses_the_configured_default_list_size()
    {
        var (json, _) = await Execute("{ items { name } }", new ExecutionOptions { MaxCost = 5, DefaultListSize = 7 });
        Assert.Contains("\"measured\":8,", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Depth_counts_nesting_through_fragments()
    {
        var (json, calls) = await Execute(
            "{ item { ...A } } fragment A on Item { child { ... on Item { child { ...B } } } } fragment B on Item { name }",
            new ExecutionOptions { MaxDepth = 3 });
        Assert.Equal(
            """{"errors":[{"message":"The operation nests 4 levels deep; at most 3 are allowed.","extensions":{"code":"MAX_DEPTH_EXCEEDED","measured":4,"limit":3}}]}""",
            json);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Limits_can_be_switched_off() => Assert.Equal(
        """{"data":{"item":{"child":null}}}""",
        (await Execute("{ item { child { child { child { name } } } } }", new ExecutionOptions { MaxDepth = null, MaxCost = null })).Json);

    [Fact]
    public async Task A_cached_document_is_measured_again_when_variables_set_its_page_sizes()
    {
        var executor = new RequestExecutor(SchemaBuilder.FromSdl(Sdl, new SdlBindings().Resolve("Query", "items", _ => Array.Empty<object>())), new ExecutionOptions { MaxCost = 50 });
        const string query = "query ($n: Int) { items(first: $n) { name } }";
        async Task<string> Run(long n) => (await executor.ExecuteOperationAsync(new ExecutionRequest { Query = query, Variables = new Dictionary<string, object?> { ["n"] = n } })).ToJson();

        Assert.Equal("""{"data":{"items":[]}}""", await Run(1));
        Assert.Contains("\"code\":\"MAX_COST_EXCEEDED\",\"measured\":100,", await Run(99), StringComparison.Ordinal);
        Assert.Equal("""{"data":{"items":[]}}""", await Run(49));
    }
}
