using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;
using GraphApi.GraphQL.Types.Sdl;

namespace GraphApi.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void Printing_a_built_schema_gives_back_its_sdl()
    {
        const string sdl = """"
            directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION

            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

            interface Node {
              id: ID!
            }

            """A request, as the customer described it."""
            type Request implements Node {
              id: ID!
              title: String!
              legacyTitle: String @deprecated(reason: "Use `title`.")
              openedAt: DateTime
            }

            enum Status {
              OPEN
              CLOSED @deprecated
            }

            input RequestFilter {
              status: [Status!] = [OPEN]
              first: Int = 10
            }

            type Query {
              requests(filter: RequestFilter): [Request!]!
            }
            """";

        Assert.Equal(sdl, SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl)));
    }

    [Fact]
    public void Extensions_add_fields_values_members_and_roots()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Query { b: Int }
            enum E { X }
            extend enum E { Y }
            type M { x: Int }
            extend schema { mutation: M }
            """);

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal(["X", "Y"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal("M", schema.MutationType!.Name);
    }

    [Fact]
    public async Task Bindings_give_resolvers_scalars_and_enum_values()
    {
        var schema = SchemaBuilder.FromSdl(
            "scalar DateTime enum Color { RED GREEN } type Query { now: DateTime color(c: Color!): Color }",
            new SdlBindings()
                .Scalar(DateTimeType.Instance)
                .EnumValue("Color", name => name == "RED" ? ConsoleColor.Red : ConsoleColor.Green)
                .Resolve("Query", "now", _ => new DateTimeOffset(2026, 11, 22, 19, 22, 2, TimeSpan.Zero))
                .Resolve("Query", "color", context => context.Arguments["c"]));

        Assert.Same(DateTimeType.Instance, schema.GetType("DateTime"));
        var result = await new RequestExecutor(schema).ExecuteOperationAsync(new ExecutionRequest { Query = "{ now color(c: GREEN) }" });
        Assert.Equal("""{"data":{"now":"2026-11-22T19:22:02.000Z","color":"GREEN"}}""", result.ToJson());
    }
}
