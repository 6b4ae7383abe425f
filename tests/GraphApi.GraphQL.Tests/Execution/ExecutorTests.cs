using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    [Fact]
    public async Task Fragments_inline_fragments_and_typename_follow_the_runtime_type() => Assert.Equal(
        """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barkVolume":7},{"__typename":"Cat","name":"Tom","meowVolume":3}]}}""",
        await ExecutionTestSchema.Execute("{ pets { __typename ...Named ... on Dog { barkVolume } ... on Cat { meowVolume } } } fragment Named on Pet { name }"));

    [Fact]
    public async Task Unions_resolve_through_their_type_resolver() => Assert.Equal(
        """{"data":{"a":{"__typename":"Cat","name":"Tom"},"b":{"__typename":"Dog","name":"Rex"}}}""",
        await ExecutionTestSchema.Execute("{ a: catOrDog(cat: true) { __typename ... on Cat { name } ... on Dog { name } } b: catOrDog(cat: false) { __typename ... on Pet { name } } }"));

    [Theory]
    [InlineData("{ dog { name @skip(if: true) nickname @include(if: false) barkVolume } }", """{"data":{"dog":{"barkVolume":7}}}""")]
    [InlineData("query ($s: Boolean!) { dog { name @skip(if: $s) barkVolume @include(if: $s) } }", """{"data":{"dog":{"barkVolume":7}}}""")]
    [InlineData("{ dog { ... @skip(if: true) { name } ...F @include(if: true) } } fragment F on Dog { nickname }", """{"data":{"dog":{"nickname":null}}}""")]
    public async Task Skip_and_include_remove_fields_and_fragments(string query, string expected) =>
        Assert.Equal(expected, await ExecutionTestSchema.Execute(query, new() { ["s"] = true }));

    [Fact]
    public async Task Aliases_and_merged_selections_keep_selection_order() => Assert.Equal(
        """{"data":{"dog":{"b":7,"name":"Rex","a":"Rex","owner":{"name":"Ada","pets":[]}}}}""",
        await ExecutionTestSchema.Execute("{ dog { b: barkVolume name a: name owner { name } owner { pets { name } } } }"));

    [Fact]
    public async Task Arguments_are_coerced_with_defaults_lists_from_single_values_and_oneof() => Assert.Equal(
        """{"data":{"echo":"{\"filter\":{\"name\":\"x\",\"minVolume\":0,\"tags\":[\"t\"]},\"id\":\"7\",\"key\":{\"name\":\"k\"},\"list\":[1],\"number\":2}"}}""",
        await ExecutionTestSchema.Execute("""{ echo(filter: { name: "x", tags: "t" }, key: { name: "k" }, list: 1, number: 2, id: 7) }"""));

    [Fact]
    public async Task Variables_are_coerced_and_null_differs_from_absent() => Assert.Equal(
        """{"data":{"echo":"{\"filter\":{\"name\":null,\"minVolume\":5},\"list\":[1,null,3]}"}}""",
        await ExecutionTestSchema.Execute(
            "query ($f: Filter, $l: [Int]) { echo(filter: $f, list: $l) }",
            new() { ["f"] = new Dictionary<string, object?> { ["name"] = null, ["minVolume"] = 5L }, ["l"] = new object?[] { 1L, null, 3L } }));

    [Theory]
    [InlineData("query ($n: Int!) { count(upTo: $n) }", null, """{"errors":[{"message":"Variable \"$n\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    [InlineData("query ($f: Filter) { echo(filter: $f) }", """{"f":{"name":1,"other":2}}""", """{"errors":[{"message":"Variable \"$f\" got invalid value 1 at \"f.name\"; String cannot represent a non string value: 1","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}},{"message":"Variable \"$f\" got invalid value { name: 1, other: 2 }; Field \"other\" is not defined by type \"Filter\".","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    [InlineData("query ($k: Key) { echo(key: $k) }", """{"k":{"id":"1","name":"n"}}""", """{"errors":[{"message":"Variable \"$k\" got invalid value { id: \"1\", name: \"n\" }; Exactly one key must be specified for OneOf type \"Key\".","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    [InlineData("query ($l: [Int]) { echo(list: $l) }", """{"l":[1,"two"]}""", """{"errors":[{"message":"Variable \"$l\" got invalid value \"two\" at \"l[1]\"; Int cannot represent non-integer value: \"two\"","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    [InlineData("query ($n: Int!) { count(upTo: $n) }", """{"n":null}""", """{"errors":[{"message":"Variable \"$n\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    public async Task Variable_errors_name_the_variable_and_the_path_and_stop_execution(string query, string? variablesJson, string expected)
    {
        var variables = variablesJson is null ? null : JsonInput.ToDictionary(System.Text.Json.JsonDocument.Parse(variablesJson).RootElement).ToDictionary();
        Assert.Equal(expected, await ExecutionTestSchema.Execute(query, variables));
    }

    [Fact]
    public async Task An_unexpected_exception_hides_its_details_unless_the_host_allows_them()
    {
        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":9}],"path":["dog","failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"dog":{"failing":null,"name":"Rex"}}}""",
            await ExecutionTestSchema.Execute("{ dog { failing name } }"));

        var detailed = await ExecutionTestSchema.Execute("{ dog { failing } }", options: new ExecutionOptions { IncludeExceptionDetails = true });
        Assert.Contains("\"message\":\"The kennel database is down.\"", detailed);
        Assert.Contains("\"type\":\"System.InvalidOperationException\"", detailed);
    }

    [Fact]
    public async Task Null_propagates_to_the_nearest_nullable_parent() => Assert.Equal(
        """{"errors":[{"message":"No name today.","locations":[{"line":1,"column":9}],"path":["dog","failingNonNull"],"extensions":{"code":"NO_NAME"}}],"data":{"dog":null}}""",
        await ExecutionTestSchema.Execute("{ dog { failingNonNull name } }"));

    [Fact]
    public async Task Null_propagates_to_data_when_every_parent_is_non_null() => Assert.Equal(
        """{"errors":[{"message":"No name today.","locations":[{"line":1,"column":16}],"path":["nonNullDog","failingNonNull"],"extensions":{"code":"NO_NAME"}}],"data":null}""",
        await ExecutionTestSchema.Execute("{ nonNullDog { failingNonNull } }"));

    [Fact]
    public async Task Async_siblings_run_concurrently() => Assert.Equal(
        """{"data":{"dog":{"a":"late","b":"late","c":"late","name":"Rex"}}}""",
        await ExecutionTestSchema.Execute("{ dog { a: late(ms: 30) b: late(ms: 20) c: late(ms: 10) name } }"));

    [Fact]
    public async Task Mutation_root_fields_run_one_after_another_in_order()
    {
        var log = new List<string>();
        var json = await ExecutionTestSchema.Execute("""mutation { a: append(value: "aa") b: append(value: "b") c: append(value: "ccc") }""", log: log);
        Assert.Equal("""{"data":{"a":["aa"],"b":["aa","b"],"c":["aa","b","ccc"]}}""", json);
    }

    [Fact]
    public async Task Subscriptions_stream_one_result_per_event_and_complete()
    {
        var executor = new RequestExecutor(ExecutionTestSchema.Create());
        var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(new ExecutionRequest { Query = "subscription { ticks(count: 3) }" }));
        var results = new List<string>();
        await foreach (var result in stream)
        {
            results.Add(result.ToJson());
        }

        Assert.Equal(["""{"data":{"ticks":1}}""", """{"data":{"ticks":2}}""", """{"data":{"ticks":3}}"""], results);
    }

    [Fact]
    public async Task A_subscription_stops_when_the_consumer_stops()
    {
        var executor = new RequestExecutor(ExecutionTestSchema.Create());
        var stream = (ResponseStream)await executor.ExecuteAsync(new ExecutionRequest { Query = "subscription { ticks(count: 1000000) }" });
        using var cancellation = new CancellationTokenSource();
        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in stream.WithCancellation(cancellation.Token))
            {
                if (++received == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Equal(5, received);
    }

    [Fact]
    public async Task A_failing_source_stream_ends_with_an_error()
    {
        var executor = new RequestExecutor(ExecutionTestSchema.Create());
        var stream = (ResponseStream)await executor.ExecuteAsync(new ExecutionRequest { Query = "subscription { failing }" });
        var results = new List<string>();
        await foreach (var result in stream)
        {
            results.Add(result.ToJson());
        }

        Assert.Equal(
            ["""{"data":{"failing":1}}""", """{"errors":[{"message":"The event source broke.","locations":[{"line":1,"column":16}],"path":["failing"],"extensions":{"code":"SOURCE_FAILED"}}]}"""],
            results);
    }

    [Fact]
    public async Task Depth_beyond_the_limit_is_rejected_before_any_resolver_runs() => Assert.Equal(
        """{"errors":[{"message":"The operation nests 4 levels deep; at most 3 are allowed.","extensions":{"code":"MAX_DEPTH_EXCEEDED","measured":4,"limit":3}}]}""",
        await ExecutionTestSchema.Execute("{ dog { owner { pets { name } } } }", options: new ExecutionOptions { MaxDepth = 3 }));

    [Fact]
    public async Task Cost_multiplies_list_children_by_the_page_size_and_is_rejected_before_execution()
    {
        var options = new ExecutionOptions { MaxCost = 25, DefaultListSize = 10 };
        Assert.Equal("""{"data":{"pets":[{"name":"Rex"},{"name":"Tom"}]}}""", await ExecutionTestSchema.Execute("{ pets { name } }", options: options));
        Assert.Equal(
            """{"errors":[{"message":"The operation's estimated cost is 31; at most 25 is allowed. Ask for fewer items (first/last) or fewer fields.","extensions":{"code":"MAX_COST_EXCEEDED","measured":31,"limit":25}}]}""",
            await ExecutionTestSchema.Execute("{ pets { name ... on Dog { barkVolume nickname } } }", options: options));
    }

    [Theory]
    [InlineData("", """{"errors":[{"message":"The request has no query: send a GraphQL document in \"query\".","extensions":{"code":"BAD_REQUEST"}}]}""")]
    [InlineData("{ dog { ", """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":9}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""")]
    [InlineData("{ cat }", """{"errors":[{"message":"Cannot query field \"cat\" on type \"Query\".","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""")]
    [InlineData("query A { dog { name } } query B { dog { name } }", """{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"BAD_REQUEST"}}]}""")]
    public async Task Requests_that_cannot_start_get_errors_and_no_data(string query, string expected) =>
        Assert.Equal(expected, await ExecutionTestSchema.Execute(query));

    [Fact]
    public async Task A_repeated_operation_is_kept_from_its_second_request_and_parsed_no_more()
    {
        var (executor, operations) = SeenExecutor(new ExecutionOptions());

        for (var i = 0; i < 4; i++)
        {
            await executor.ExecuteOperationAsync(new ExecutionRequest { Query = "{ seen }" });
        }

        await executor.ExecuteOperationAsync(new ExecutionRequest { Query = "{ seen  }" });

        Assert.NotSame(operations[0], operations[1]);
        Assert.Same(operations[1], operations[2]);
        Assert.Same(operations[1], operations[3]);
        Assert.NotSame(operations[3], operations[4]);
    }

    [Fact]
    public async Task One_off_texts_do_not_push_repeated_ones_out_of_a_full_cache()
    {
        var (executor, operations) = SeenExecutor(new ExecutionOptions { DocumentCacheSize = 2 });
        await executor.ExecuteOperationAsync(new ExecutionRequest { Query = "{ seen }" });
        await executor.ExecuteOperationAsync(new ExecutionRequest { Query = "{ seen }" });

        for (var i = 0; i < 20; i++)
        {
            await executor.ExecuteOperationAsync(new ExecutionRequest { Query = "{ seen } # " + i });
        }

        await executor.ExecuteOperationAsync(new ExecutionRequest { Query = "{ seen }" });
        Assert.Same(operations[1], operations[^1]);
    }

    private static (RequestExecutor Executor, List<object> Operations) SeenExecutor(ExecutionOptions options)
    {
        var operations = new List<object>();
        var schema = GraphQL.Types.SchemaBuilder.FromSdl("type Query { seen: Boolean }", new GraphQL.Types.Sdl.SdlBindings().Resolve("Query", "seen", context =>
        {
            operations.Add(context.Operation);
            return true;
        }));
        return (new RequestExecutor(schema, options), operations);
    }
}
