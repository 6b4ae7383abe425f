namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>The SDL documents the schema compliance tests use: corpus/schemas and the validation schema.</summary>
public static class SchemaCorpus
{
    public static IReadOnlyList<(string Name, string Sdl)> All()
    {
        var corpus = Path.Combine(NodeOracle.ComplianceDirectory, "corpus");
        var files = Directory.GetFiles(Path.Combine(corpus, "schemas"), "*.graphql").Order(StringComparer.Ordinal)
            .Append(Path.Combine(corpus, "validation", "schema.graphql"));
        return files.Select(file => (Path.GetFileName(file), File.ReadAllText(file))).ToList();
    }
}
