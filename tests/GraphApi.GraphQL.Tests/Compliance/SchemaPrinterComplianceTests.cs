using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>Our SDL printer against graphql-js 16 <c>printSchema(buildSchema(sdl))</c> for every schema of the corpus.</summary>
public sealed class SchemaPrinterComplianceTests
{
    private sealed record PrintSchemaResult(string Name, string? Printed, string? Error);

    private sealed record PrintSchemaResponse(string GraphqlVersion, IReadOnlyList<PrintSchemaResult> Results);

    [Fact]
    public void Printed_schemas_equal_graphql_js_print_schema()
    {
        var schemas = SchemaCorpus.All();
        Assert.True(schemas.Count >= 7, $"Only {schemas.Count} schemas in the corpus.");

        var oracle = NodeOracle.Run<PrintSchemaResponse>("print-schema.mjs", new { schemas = schemas.Select(s => new { name = s.Name, sdl = s.Sdl }) });

        var failures = new List<string>();
        foreach (var (expected, (name, sdl)) in oracle.Results.Zip(schemas))
        {
            Assert.Null(expected.Error);
            var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl));
            if (printed != expected.Printed)
            {
                failures.Add($"{name}: first difference at line {FirstDifferentLine(expected.Printed!, printed)}\n--- graphql-js\n{expected.Printed}\n--- ours\n{printed}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        return line + 1;
    }
}
