namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>The SDL documents the schema compliance tests use: corpus/schemas, the validation schema and the benchmark's large schema.</summary>
public static class SchemaCorpus
{
    public static IReadOnlyList<(string Name, string Sdl)> All()
    {
        var corpus = Path.Combine(NodeOracle.ComplianceDirectory, "corpus");
        var files = Directory.GetFiles(Path.Combine(corpus, "schemas"), "*.graphql").Order(StringComparer.Ordinal)
            .Append(Path.Combine(corpus, "validation", "schema.graphql"))
            .Append(Path.Combine(RepositoryRoot.Path, "bench", "documents", "large-schema.graphql"));
        return files.Select(file => (Path.GetFileName(file), File.ReadAllText(file))).ToList();
    }
}
