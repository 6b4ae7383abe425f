using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Tests.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Execution;

// Spec §4.2 Schema Introspection: the full introspection query, compared with graphql-js 16.15's answer.
// introspection-result.json is graphql-js 16.15's graphqlSync(buildSchema(introspection-schema.graphql), introspection query).
// The introspection types themselves are compared with graphql-js's in IntrospectionComplianceTests, without 16.15's experimental directive deprecation.
public sealed class IntrospectionQueryTests
{
    private static string Document(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Execution", "Documents", name));

    private static async Task<string> Introspect()
    {
        var schema = SchemaBuilder.FromSdl(Document("introspection-schema.graphql"));
        var result = await new RequestExecutor(schema).ExecuteOperationAsync(new ExecutionRequest { Query = TestDocuments.IntrospectionQuery });
        return result.ToJson();
    }

    [Fact]
    public async Task Types_and_directives_are_listed_in_graphql_js_order()
    {
        using var expected = JsonDocument.Parse(Document("introspection-result.json"));
        using var actual = JsonDocument.Parse(await Introspect());
        foreach (var list in new[] { "types", "directives" })
        {
            Assert.Equal(Names(expected, list), Names(actual, list));
        }

        static string[] Names(JsonDocument result, string list) => result.RootElement.GetProperty("data").GetProperty("__schema").GetProperty(list)
            .EnumerateArray().Select(entry => entry.GetProperty("name").GetString()!).ToArray();
    }

    [Fact]
    public async Task Every_schema_type_and_directive_is_described_as_graphql_js_describes_it()
    {
        using var expected = JsonDocument.Parse(Document("introspection-result.json"));
        using var actual = JsonDocument.Parse(await Introspect());
        var expectedSchema = expected.RootElement.GetProperty("data").GetProperty("__schema");
        var actualSchema = actual.RootElement.GetProperty("data").GetProperty("__schema");
        Assert.False(actual.RootElement.TryGetProperty("errors", out _));

        foreach (var list in new[] { "types", "directives" })
        {
            var actualEntries = actualSchema.GetProperty(list).EnumerateArray().ToDictionary(entry => entry.GetProperty("name").GetString()!, entry => entry.GetRawText());
            foreach (var entry in expectedSchema.GetProperty(list).EnumerateArray())
            {
                var name = entry.GetProperty("name").GetString()!;
                if (!name.StartsWith("__", StringComparison.Ordinal) && !SpecifiedDirectives.All.Any(directive => directive.Name == name))
                {
                    Assert.Equal(entry.GetRawText(), actualEntries[name]);
                }
            }
        }

        foreach (var root in new[] { "description", "queryType", "mutationType", "subscriptionType" })
        {
            Assert.Equal(expectedSchema.GetProperty(root).GetRawText(), actualSchema.GetProperty(root).GetRawText());
        }
    }
}
