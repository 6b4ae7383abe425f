using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;

namespace GraphApi.GraphQL.Tests.Execution;

// ExecutionOptions.AdmitOperation: called once per operation, before any resolver, with its cost and every field it may select.
public sealed class OperationAdmissionTests
{
    private const string Sdl = """
        interface Named { name: String }
        type Person implements Named { name: String secret: String friends(first: Int): [Person] }
        type Robot implements Named { name: String serial: String }
        union Thing = Person | Robot
        type Query { named: Named things: [Thing] person: Person }
        """;

    private static async Task<(string Json, OperationAdmission? Admission, int ResolverCalls)> Execute(string query, Func<OperationAdmission, GraphQLError?> admit)
    {
        var calls = 0;
        OperationAdmission? seen = null;
        var schema = SchemaBuilder.FromSdl(Sdl, new SdlBindings()
            .Resolve("Query", "person", _ =>
            {
                Interlocked.Increment(ref calls);
                return new Dictionary<string, object?> { ["name"] = "Ada" };
            }));
        var options = new ExecutionOptions
        {
            AdmitOperation = admission =>
            {
                seen = admission;
                return ValueTask.FromResult(admit(admission));
            },
        };
        var result = await new RequestExecutor(schema, options).ExecuteOperationAsync(new ExecutionRequest { Query = query });
        return (result.ToJson(), seen, calls);
    }

    private static string[] Names(OperationAdmission admission) => [.. admission.Fields.Select(field => field.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Fields_include_fragments_every_possible_type_of_an_abstract_parent_and_meta_fields()
    {
        var (_, admission, _) = await Execute(
            "{ __typename named { name ... on Robot { serial } } things { ...P } } fragment P on Person { secret friends(first: 2) { name } }",
            _ => null);

        Assert.Equal(["__typename", "friends", "name", "name", "name", "named", "secret", "serial", "things"], Names(admission!));
    }

    [Fact]
    public async Task Introspection_fields_are_listed_too()
    {
        var (_, admission, _) = await Execute("{ __schema { queryType { name } } __type(name: \"Person\") { name } }", _ => null);

        Assert.Contains(admission!.Fields, field => field.Name == "__schema");
        Assert.Contains(admission.Fields, field => field.Name == "__type");
    }

    [Fact]
    public async Task The_cost_is_the_one_the_cost_limit_measures()
    {
        var (_, admission, _) = await Execute("{ person { name friends(first: 5) { name } } }", _ => null);

        Assert.Equal(1 + 1 + 1 + (5 * 1), admission!.Cost);
    }

    [Fact]
    public async Task A_refusal_ends_the_request_with_its_error_and_no_resolver_runs()
    {
        var (json, _, calls) = await Execute("{ person { name } }", _ => new GraphQLError("no", extensions: new Dictionary<string, object?> { ["code"] = "REFUSED" }));

        Assert.Equal("""{"errors":[{"message":"no","extensions":{"code":"REFUSED"}}]}""", json);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task An_admitted_operation_runs()
    {
        var (json, _, calls) = await Execute("{ person { name } }", _ => null);

        Assert.Equal("""{"data":{"person":{"name":"Ada"}}}""", json);
        Assert.Equal(1, calls);
    }
}
