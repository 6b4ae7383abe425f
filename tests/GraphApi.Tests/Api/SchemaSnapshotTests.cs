using GraphApi.Api;
using GraphApi.GraphQL.Data.Tests;
using GraphApi.GraphQL.Types;

namespace GraphApi.Tests.Api;

public sealed class SchemaSnapshotTests
{
    [Fact]
    public void Running_schema_matches_the_snapshot() => TextSnapshot.Match(SchemaPrinter.Print(GraphApiSchema.Build()) + "\n");

    [Fact]
    public void Schema_file_matches_the_running_schema()
    {
        var path = SchemaCommand.DefaultPath(AppContext.BaseDirectory);
        var running = SchemaPrinter.Print(GraphApiSchema.Build()) + "\n";

        Assert.True(File.Exists(path), $"{path} is missing: run 'dotnet run --project src/GraphApi -- schema export'.");
        var exported = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(exported == running, $"{path} differs from the running schema: run 'dotnet run --project src/GraphApi -- schema export' and review the diff.");
    }

    [Fact]
    public async Task Export_writes_the_schema_where_asked()
    {
        var file = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}.graphql");
        try
        {
            var output = new StringWriter();

            var code = await SchemaCommand.RunAsync(["export", "--output", file], output, new StringWriter());

            Assert.Equal(0, code);
            Assert.Contains("type Request implements Node", File.ReadAllText(file), StringComparison.Ordinal);
            Assert.Equal(2, await SchemaCommand.RunAsync(["import"], output, new StringWriter()));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
