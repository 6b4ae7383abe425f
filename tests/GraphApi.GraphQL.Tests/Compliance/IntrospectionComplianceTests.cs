using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>
/// Our introspection against graphql-js 16: for every schema of the corpus, graphql-js builds a client
/// schema from our introspection result, finds it valid, prints the same SDL we print, and introspects
/// it back to exactly our result.
/// </summary>
public sealed class IntrospectionComplianceTests
{
    private sealed record IntrospectionCheck(string Name, IReadOnlyList<string> Errors, string? Printed, IReadOnlyList<string> RoundTripDifferences);

    private sealed record IntrospectionResponse(string GraphqlVersion, string Query, IReadOnlyList<IntrospectionCheck> Results);

    [Fact]
    public async Task Graphql_js_builds_a_valid_schema_from_our_introspection_and_it_round_trips()
    {
        var query = NodeOracle.Run<IntrospectionResponse>("introspection.mjs", new { }).Query;
        var schemas = SchemaCorpus.All();
        var results = new List<object>();
        var printed = new Dictionary<string, string>();
        foreach (var (name, sdl) in schemas)
        {
            var schema = SchemaBuilder.FromSdl(sdl);
            var result = await new RequestExecutor(schema).ExecuteOperationAsync(new ExecutionRequest { Query = query });
            Assert.Null(result.Errors);
            results.Add(new { name, data = JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data") });
            printed[name] = SchemaPrinter.Print(schema);
        }

        var oracle = NodeOracle.Run<IntrospectionResponse>("introspection.mjs", new { results });

        Assert.Equal(schemas.Count, oracle.Results.Count);
        var failures = oracle.Results
            .Where(check => check.Errors.Count > 0 || check.RoundTripDifferences.Count > 0 || check.Printed != printed[check.Name])
            .Select(check => $"{check.Name}:\n  errors: {string.Join("; ", check.Errors)}\n  round trip: {string.Join("\n    ", check.RoundTripDifferences)}\n  printed equal: {check.Printed == printed[check.Name]}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
