using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;

namespace GraphApi.GraphQL.Tests.Execution;

// Spec §6.1 Executing Requests: the stages before execution and what a request carries into it.
public sealed class RequestPipelineTests
{
    private const string Sdl = """
        type Query { text: String broken: String number: Float greeting: String user: String size(n: Int!): Int echo(values: [Float]): [Float] }
        """;

    private sealed record Greeter(string Greeting);

    private sealed class UserService(string name) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(string) ? name : null;
    }

    private static readonly RequestExecutor Executor = new(SchemaBuilder.FromSdl(Sdl, new SdlBindings()
        .Resolve("Query", "text", _ => "é <b>\"quoted\"\\\n\t\u0001\u001f\u007f\u2028 😀")
        .Resolve("Query", "broken", _ => "a\uD800b\uDC00")
        .Resolve("Query", "number", _ => 2.5)
        .Resolve("Query", "user", context => $"{context.Services.GetService(typeof(string))} as {context.ContextData["role"]}")
        .Resolve("Query", "size", context => context.ArgumentValue<int>("n") * 2)
        .Resolve("Query", "echo", context => context.Arguments["values"])));

    private static async Task<string> Execute(ExecutionRequest request) => (await Executor.ExecuteOperationAsync(request)).ToJson();

    [Theory]
    [InlineData("A", "{\"data\":{\"text\":\"é <b>\\\"quoted\\\"\\\\\\n\\t\\u0001\\u001f\u007f\u2028 😀\"}}")]
    [InlineData("B", """{"data":{"number":2.5}}""")]
    [InlineData("C", """{"errors":[{"message":"Unknown operation named \"C\".","extensions":{"code":"BAD_REQUEST"}}]}""")]
    public async Task The_operation_name_picks_the_operation(string name, string expected) =>
        Assert.Equal(expected, await Execute(new ExecutionRequest { Query = "query A { text } query B { number }", OperationName = name }));

    [Fact]
    public async Task An_operation_the_schema_has_no_root_for_is_rejected() => Assert.Equal(
        """{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}],"extensions":{"code":"OPERATION_NOT_SUPPORTED"}}]}""",
        await Execute(new ExecutionRequest { Query = "mutation { text }" }));

    [Fact]
    public async Task A_parsed_document_runs_without_query_text() => Assert.Equal(
        """{"data":{"number":2.5}}""",
        await Execute(new ExecutionRequest { Document = Parser.Parse("{ number }") }));

    [Fact]
    public async Task Root_value_services_and_context_data_reach_the_resolvers() => Assert.Equal(
        """{"data":{"greeting":"hello","user":"ada as admin"}}""",
        await Execute(new ExecutionRequest
        {
            Query = "{ greeting user }",
            RootValue = new Greeter("hello"),
            Services = new UserService("ada"),
            ContextData = new Dictionary<string, object?> { ["role"] = "admin" },
        }));

    [Fact]
    public async Task Variables_read_from_json_coerce_like_graphql_js_numbers()
    {
        var variables = JsonInput.ToDictionary(JsonDocument.Parse("""{"n": 21, "values": [1, 2.5, 1e3]}""").RootElement);
        Assert.Equal(
            """{"data":{"size":42,"echo":[1,2.5,1000]}}""",
            await Execute(new ExecutionRequest { Query = "query ($n: Int!, $values: [Float]) { size(n: $n) echo(values: $values) }", Variables = variables }));
    }

    [Fact]
    public async Task Results_are_written_as_utf8_json_without_needless_escapes()
    {
        var result = await Executor.ExecuteOperationAsync(new ExecutionRequest { Query = "{ text number }" });
        using var stream = new MemoryStream();
        await result.WriteToAsync(stream);
        Assert.Equal(
            Encoding.UTF8.GetBytes("{\"data\":{\"text\":\"é <b>\\\"quoted\\\"\\\\\\n\\t\\u0001\\u001f\u007f\u2028 😀\",\"number\":2.5}}"),
            stream.ToArray());
    }

    [Fact]
    public async Task Unpaired_surrogates_are_written_as_escapes_as_json_stringify_does() =>
        Assert.Equal("""{"data":{"broken":"a\ud800b\udc00"}}""", await Execute(new ExecutionRequest { Query = "{ broken }" }));
}
