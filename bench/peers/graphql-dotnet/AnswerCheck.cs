using System.Text.Json.Nodes;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;

namespace GraphQLDotnetPeer;

/// <summary>Both engines' JSON answer to one operation; the comparisons time nothing whose answers differ.</summary>
public sealed record AnswerCheck(string Operation, string Ours, string Theirs)
{
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    /// <summary>
    /// Whether both wrote the same JSON, byte for byte; for the introspection query, the same schema: the same types of the
    /// schema's own, in any order. What graphql-dotnet says of its built-ins (introspection types, scalars' and directives'
    /// descriptions, the directives it has) is its own text and differs from graphql-js's, which GraphApi follows.
    /// </summary>
    public bool Same => Ours == Theirs || (Operation == "introspection" && JsonNode.DeepEquals(OwnSchema(Ours), OwnSchema(Theirs)));

    /// <summary>What <c>check</c> prints.</summary>
    public string Verdict => Ours == Theirs
        ? $"same JSON ({Ours.Length:N0} characters)"
        : Same ? $"same schema (its own types identical; built-in introspection text differs: {Ours.Length:N0} against {Theirs.Length:N0} characters)" : "DIFFERENT";

    private static JsonNode OwnSchema(string json)
    {
        var schema = JsonNode.Parse(json)!["data"]!["__schema"]!;
        var types = schema["types"]!.AsArray()
            .Where(type => type!["name"]!.GetValue<string>() is var name && !name.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.Contains(name))
            .OrderBy(type => type!["name"]!.GetValue<string>(), StringComparer.Ordinal)
            .Select(type => type!.DeepClone());
        return new JsonObject
        {
            ["description"] = schema["description"]?.DeepClone(),
            ["queryType"] = schema["queryType"]?.DeepClone(),
            ["mutationType"] = schema["mutationType"]?.DeepClone(),
            ["subscriptionType"] = schema["subscriptionType"]?.DeepClone(),
            ["types"] = new JsonArray([.. types]),
        };
    }

    /// <summary>GraphApi's executor on the execution benchmark's schema and data, as bench/GraphApi.Benchmarks sets it up.</summary>
    public static RequestExecutor OurExecutionEngine()
    {
        var items = Documents.Items();
        return new RequestExecutor(SchemaBuilder.FromSdl(Documents.Read("execution-schema"), new SdlBindings().Resolve("Query", "items", _ => items)));
    }

    /// <summary>Runs <paramref name="operation"/> of the execution benchmark on both engines.</summary>
    public static async Task<AnswerCheck> ExecutionAnswers(string operation)
    {
        var query = Documents.Operation(operation);
        var ours = await OurExecutionEngine().ExecuteOperationAsync(new ExecutionRequest { Query = query, RootValue = Documents.Root() });
        var peer = new PeerEngine(PeerEngine.ExecutionSchema(), cacheDocuments: false);
        using var theirs = new MemoryStream();
        await peer.WriteAsync(theirs, await peer.ExecuteAsync(query, Documents.Root()));
        return new AnswerCheck(operation, ours.ToJson(), System.Text.Encoding.UTF8.GetString(theirs.ToArray()));
    }

    /// <summary>Throws, showing where the two answers part, unless they are the same.</summary>
    public void ThrowIfDifferent()
    {
        if (Same)
        {
            return;
        }

        var at = 0;
        while (at < Ours.Length && at < Theirs.Length && Ours[at] == Theirs[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 80);
        throw new InvalidOperationException(
            $"GraphApi and graphql-dotnet answer {Operation} differently from character {at}:\n  GraphApi:       ...{Ours[from..Math.Min(Ours.Length, at + 120)]}\n  graphql-dotnet: ...{Theirs[from..Math.Min(Theirs.Length, at + 120)]}");
    }
}
