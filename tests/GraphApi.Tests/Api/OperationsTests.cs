using System.Text.Json;
using GraphApi.Api;
using GraphApi.Security;

namespace GraphApi.Tests.Api;

/// <summary>Every example in <c>schema/operations/</c> runs without errors against the demo data (variables from a sibling <c>.variables.json</c>).</summary>
public sealed class OperationsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string Folder => Path.Combine(Path.GetDirectoryName(SchemaCommand.DefaultPath(AppContext.BaseDirectory))!, "operations");

    public static TheoryData<string> Operations() => new(Directory.GetFiles(Folder, "*.graphql").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Example_operation_runs_cleanly(string name)
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        var query = await File.ReadAllTextAsync(Path.Combine(Folder, name + ".graphql"));
        var variablesFile = Path.Combine(Folder, name + ".variables.json");
        var variables = File.Exists(variablesFile) ? JsonSerializer.Deserialize<JsonElement>(await File.ReadAllTextAsync(variablesFile)) : (JsonElement?)null;

        var result = await api.GraphQLAsync(key, query, variables);

        result.Ok();
        Assert.DoesNotContain("\"code\":", result.ToString(), StringComparison.Ordinal);
        Assert.True(result.GetProperty("data").EnumerateObject().All(p => p.Value.ValueKind != JsonValueKind.Null), result.ToString());
    }
}
