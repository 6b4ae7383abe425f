using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;

namespace GraphApi.GraphQL.Tests.Execution;

// Spec §6.4.4 Handling Field Errors; graphql-js src/execution/__tests__/nonnull-test.ts with resolvers that throw, synchronously and asynchronously.
public sealed class NonNullTests
{
    private const string Sdl = """
        type DataType {
          sync: String
          syncNonNull: String!
          promise: String
          promiseNonNull: String!
          syncNest: DataType
          syncNonNullNest: DataType!
          promiseNest: DataType
          promiseNonNullNest: DataType!
        }
        type Query { syncNest: DataType promiseNest: DataType syncNonNull: String! }
        """;

    private static readonly RequestExecutor Executor = Create();

    private static RequestExecutor Create()
    {
        var bindings = new SdlBindings();
        foreach (var type in new[] { "DataType", "Query" })
        {
            foreach (var field in new[] { "sync", "syncNonNull" })
            {
                bindings.Resolve(type, field, _ => throw new GraphQLException(field));
            }

            foreach (var field in new[] { "promise", "promiseNonNull" })
            {
                bindings.Resolve(type, field, async _ =>
                {
                    await Task.Yield();
                    throw new GraphQLException(field);
                });
            }

            foreach (var field in new[] { "syncNest", "syncNonNullNest" })
            {
                bindings.Resolve(type, field, _ => new object());
            }

            foreach (var field in new[] { "promiseNest", "promiseNonNullNest" })
            {
                bindings.Resolve(type, field, async _ =>
                {
                    await Task.Yield();
                    return new object();
                });
            }
        }

        return new RequestExecutor(SchemaBuilder.FromSdl(Sdl, bindings));
    }

    private static async Task<(string Data, string[] ErrorPaths)> Execute(string query)
    {
        var result = await Executor.ExecuteOperationAsync(new ExecutionRequest { Query = query });
        var data = new OperationResult(result.Data, null, result.HasData).ToJson();
        var paths = (result.Errors ?? []).Select(error => $"{error.Message} at {string.Join(".", error.Path!)}").Order(StringComparer.Ordinal).ToArray();
        return (data, paths);
    }

    [Fact]
    public async Task Nulls_a_complex_tree_of_nullable_fields_that_throw()
    {
        var (data, errors) = await Execute("""
            {
              syncNest { sync promise syncNest { sync promise } promiseNest { sync promise } }
              promiseNest { sync promise syncNest { sync promise } promiseNest { sync promise } }
            }
            """);
        Assert.Equal(
            """{"data":{"syncNest":{"sync":null,"promise":null,"syncNest":{"sync":null,"promise":null},"promiseNest":{"sync":null,"promise":null}},"promiseNest":{"sync":null,"promise":null,"syncNest":{"sync":null,"promise":null},"promiseNest":{"sync":null,"promise":null}}}}""",
            data);
        Assert.Equal(
            [
                "promise at promiseNest.promise", "promise at promiseNest.promiseNest.promise", "promise at promiseNest.syncNest.promise",
                "promise at syncNest.promise", "promise at syncNest.promiseNest.promise", "promise at syncNest.syncNest.promise",
                "sync at promiseNest.promiseNest.sync", "sync at promiseNest.sync", "sync at promiseNest.syncNest.sync",
                "sync at syncNest.promiseNest.sync", "sync at syncNest.sync", "sync at syncNest.syncNest.sync",
            ],
            errors);
    }

    [Fact]
    public async Task Nulls_the_first_nullable_object_after_a_field_in_a_long_chain_of_non_null_fields()
    {
        var (data, errors) = await Execute("""
            {
              syncNest { syncNonNullNest { promiseNonNullNest { syncNonNullNest { promiseNonNullNest { syncNonNull } } } } }
              promiseNest { syncNonNullNest { promiseNonNullNest { syncNonNullNest { promiseNonNullNest { syncNonNull } } } } }
              anotherNest: syncNest { syncNonNullNest { promiseNonNullNest { syncNonNullNest { promiseNonNullNest { promiseNonNull } } } } }
              anotherPromiseNest: promiseNest { syncNonNullNest { promiseNonNullNest { syncNonNullNest { promiseNonNullNest { promiseNonNull } } } } }
            }
            """);
        Assert.Equal("""{"data":{"syncNest":null,"promiseNest":null,"anotherNest":null,"anotherPromiseNest":null}}""", data);
        Assert.Equal(
            [
                "promiseNonNull at anotherNest.syncNonNullNest.promiseNonNullNest.syncNonNullNest.promiseNonNullNest.promiseNonNull",
                "promiseNonNull at anotherPromiseNest.syncNonNullNest.promiseNonNullNest.syncNonNullNest.promiseNonNullNest.promiseNonNull",
                "syncNonNull at promiseNest.syncNonNullNest.promiseNonNullNest.syncNonNullNest.promiseNonNullNest.syncNonNull",
                "syncNonNull at syncNest.syncNonNullNest.promiseNonNullNest.syncNonNullNest.promiseNonNullNest.syncNonNull",
            ],
            errors);
    }

    [Fact]
    public async Task Nulls_the_top_level_if_a_non_nullable_root_field_throws()
    {
        var (data, errors) = await Execute("{ syncNest { sync } syncNonNull }");
        Assert.Equal("""{"data":null}""", data);
        Assert.Equal(["sync at syncNest.sync", "syncNonNull at syncNonNull"], errors);
    }
}
