using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>The dog-and-cat schema of the spec's examples, with resolvers that succeed, fail, run late and stream.</summary>
internal static class ExecutionTestSchema
{
    public const string Sdl = """
        enum DogCommand { SIT, DOWN, HEEL }
        interface Pet { name: String! }
        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          owner: Human
          failing: String
          failingNonNull: String!
          late(ms: Int = 5): String
        }
        type Cat implements Pet { name: String! meowVolume: Int }
        type Human { name: String! pets: [Pet!]! }
        union CatOrDog = Cat | Dog
        input Filter { name: String, minVolume: Int = 0, tags: [String!] }
        input Key @oneOf { id: ID, name: String }
        type Query {
          dog: Dog
          pets: [Pet!]!
          catOrDog(cat: Boolean!): CatOrDog
          echo(filter: Filter, key: Key, list: [Int], number: Float, id: ID): String
          nonNullDog: Dog!
          count(upTo: Int!): [Int!]!
        }
        type Mutation { append(value: String!): [String!]! }
        type Subscription { ticks(count: Int!): Int! failing: Int }
        """;

    public static Schema Create(List<string>? log = null) => SchemaBuilder.FromSdl(Sdl, new SdlBindings()
        .Resolve("Query", "dog", _ => Dogs[0])
        .Resolve("Query", "nonNullDog", _ => Dogs[0])
        .Resolve("Query", "pets", _ => new object[] { Dogs[0], Cats[0] })
        .Resolve("Query", "catOrDog", c => (bool)c.Arguments["cat"]! ? Cats[0] : Dogs[0])
        .Resolve("Query", "echo", c => System.Text.Json.JsonSerializer.Serialize(c.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary()))
        .Resolve("Query", "count", c => Enumerable.Range(1, (int)c.Arguments["upTo"]!))
        .Resolve("Dog", "doesKnowCommand", c => (string)c.Arguments["dogCommand"]! == "SIT")
        .Resolve("Dog", "failing", _ => throw new InvalidOperationException("The kennel database is down."))
        .Resolve("Dog", "failingNonNull", _ => throw new GraphQLException("No name today.", "NO_NAME"))
        .Resolve("Dog", "late", async context =>
        {
            await Task.Delay((int)context.Arguments["ms"]!, context.CancellationToken);
            return "late";
        })
        .Resolve("Mutation", "append", async context =>
        {
            var value = (string)context.Arguments["value"]!;
            await Task.Delay(value.Length % 3 * 5);
            lock (log!)
            {
                log.Add(value);
                return log.ToArray();
            }
        })
        .Subscribe("Subscription", "ticks", context => new ValueTask<IAsyncEnumerable<object?>>(Ticks((int)context.Arguments["count"]!, context.CancellationToken)))
        .Subscribe("Subscription", "failing", _ => new ValueTask<IAsyncEnumerable<object?>>(FailingStream()))
        .ResolveType("CatOrDog", (value, context) => (ObjectType)context.Schema.GetType(value is Dictionary<string, object?> { } map && map.ContainsKey("meowVolume") ? "Cat" : "Dog")!));

    public static readonly Dictionary<string, object?>[] Dogs =
    [
        new() { ["__typename"] = "Dog", ["name"] = "Rex", ["nickname"] = null, ["barkVolume"] = 7, ["owner"] = new Dictionary<string, object?> { ["name"] = "Ada", ["pets"] = Array.Empty<object>() } },
    ];

    public static readonly Dictionary<string, object?>[] Cats =
    [
        new() { ["__typename"] = "Cat", ["name"] = "Tom", ["meowVolume"] = 3 },
    ];

    private static async IAsyncEnumerable<object?> Ticks(int count, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<object?> FailingStream()
    {
        await Task.Yield();
        yield return 1;
        throw new GraphQLException("The event source broke.", "SOURCE_FAILED");
    }

    public static async Task<string> Execute(string query, Dictionary<string, object?>? variables = null, ExecutionOptions? options = null, List<string>? log = null)
    {
        var executor = new RequestExecutor(Create(log), options);
        var result = await executor.ExecuteOperationAsync(new ExecutionRequest { Query = query, Variables = variables });
        return result.ToJson();
    }
}
