using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;

namespace GraphApi.GraphQL.Tests.Execution;

// Spec §6.4.3 Value Completion: leaves, lists, abstract types, default resolution; graphql-js src/execution/__tests__/executor-test.ts and nonnull-test.ts
public sealed class ValueCompletionTests
{
    private const string Sdl = """
        enum Color { RED, GREEN }
        interface Named { name: String }
        type Person implements Named { name: String createdAt: String }
        type Robot implements Named { name: String }
        type Query {
          wrongInt: Int
          color: Color
          colorName: Color
          badColor: Color
          items: [Int!]
          nonNullItems: [Int!]!
          notAList: [Int]
          person: Person
          named: Named
          namedByTypename: Named
          unresolvable: Named
          report: String
          selections: Person
        }
        """;

    private static async Task<string> Execute(string query, object? root = null)
    {
        var schema = SchemaBuilder.FromSdl(Sdl, new SdlBindings()
            .Resolve("Query", "wrongInt", _ => "abc")
            .Resolve("Query", "color", _ => "GREEN")
            .Resolve("Query", "badColor", _ => "BLUE")
            .Resolve("Query", "items", _ => new List<int?> { 1, null, 3 })
            .Resolve("Query", "nonNullItems", _ => new List<int?> { 1, null })
            .Resolve("Query", "notAList", _ => 5)
            .Resolve("Query", "person", _ => new PersonRecord("Ada", "2020"))
            .Resolve("Query", "named", _ => new PersonRecord("Ada", "2020"))
            .Resolve("Query", "namedByTypename", _ => new Dictionary<string, object?> { ["__typename"] = "Robot", ["name"] = "R2" })
            .Resolve("Query", "unresolvable", _ => 42)
            .Resolve("Query", "report", context =>
            {
                context.ReportError(new GraphQLError("Partial data.", extensions: new Dictionary<string, object?> { ["code"] = "PARTIAL" }));
                return "ok";
            })
            .Resolve("Query", "selections", context =>
            {
                var person = (ObjectType)context.Schema.GetType("Person")!;
                return new PersonRecord(string.Join(",", context.GetSelections(person).Select(s => s.ResponseKey + ":" + s.Field.Name)), "");
            }));
        ((ObjectType)schema.GetType("Person")!).RuntimeType = typeof(PersonRecord);
        var result = await new RequestExecutor(schema).ExecuteOperationAsync(new ExecutionRequest { Query = query, RootValue = root });
        return result.ToJson();
    }

    private sealed record PersonRecord(string Name, string CreatedAt);

    [Theory]
    [InlineData("{ wrongInt }", """{"errors":[{"message":"Int cannot represent non-integer value: \"abc\"","locations":[{"line":1,"column":3}],"path":["wrongInt"]}],"data":{"wrongInt":null}}""")]
    [InlineData("{ notAList }", """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notAList\".","locations":[{"line":1,"column":3}],"path":["notAList"]}],"data":{"notAList":null}}""")]
    public async Task Leaf_and_list_completion_errors_become_field_errors(string query, string expected) =>
        Assert.Equal(expected, await Execute(query));

    [Fact]
    public async Task Enums_serialize_by_name_and_reject_unknown_values() => Assert.Equal(
        """{"errors":[{"message":"Enum \"Color\" cannot represent value: \"BLUE\"","locations":[{"line":1,"column":19}],"path":["badColor"]}],"data":{"color":"GREEN","colorName":null,"badColor":null}}""",
        await Execute("{ color colorName badColor }"));

    [Fact]
    public async Task A_null_item_of_a_nullable_list_of_non_null_items_nulls_the_list() => Assert.Equal(
        """{"errors":[{"message":"Cannot return null for non-nullable field Query.items.","locations":[{"line":1,"column":3}],"path":["items",1]}],"data":{"items":null}}""",
        await Execute("{ items }"));

    [Fact]
    public async Task A_null_item_of_a_non_null_list_nulls_the_data() => Assert.Equal(
        """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNullItems.","locations":[{"line":1,"column":3}],"path":["nonNullItems",1]}],"data":null}""",
        await Execute("{ nonNullItems }"));

    [Fact]
    public async Task The_default_resolver_reads_properties_by_camel_case_name() => Assert.Equal(
        """{"data":{"person":{"name":"Ada","createdAt":"2020"}}}""",
        await Execute("{ person { name createdAt } }"));

    [Fact]
    public async Task Abstract_types_resolve_by_runtime_type_then_by_typename_key() => Assert.Equal(
        """{"data":{"named":{"__typename":"Person","name":"Ada"},"namedByTypename":{"__typename":"Robot","name":"R2"}}}""",
        await Execute("{ named { __typename name } namedByTypename { __typename name } }"));

    [Fact]
    public async Task An_unresolvable_abstract_type_is_a_field_error() => Assert.Equal(
        """{"errors":[{"message":"Abstract type \"Named\" must resolve to an Object type at runtime for field \"Query.unresolvable\". Either the \"Named\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["unresolvable"]}],"data":{"unresolvable":null}}""",
        await Execute("{ unresolvable { name } }"));

    [Fact]
    public async Task Reported_errors_keep_the_value_and_get_the_fields_location_and_path() => Assert.Equal(
        """{"errors":[{"message":"Partial data.","locations":[{"line":1,"column":3}],"path":["report"],"extensions":{"code":"PARTIAL"}}],"data":{"report":"ok"}}""",
        await Execute("{ report }"));

    [Fact]
    public async Task Get_selections_merges_aliases_fragments_and_inline_fragments_in_order() => Assert.Equal(
        """{"data":{"selections":{"a":"a:name,createdAt:createdAt,name:name","createdAt":"","name":"a:name,createdAt:createdAt,name:name"}}}""",
        await Execute("{ selections { a: name ... on Person { createdAt name } ...F } } fragment F on Named { name }"));
}
