using System.Text;

namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>
/// The documents the parser is checked against graphql-js with: tests/compliance/corpus/parser/valid
/// and invalid, plus the benchmark's documents (bench/documents), which must parse too.
/// </summary>
public static class ParserCorpus
{
    /// <summary>Every document, by name (<c>valid/…</c>, <c>invalid/…</c>, <c>bench/…</c>), in a stable order.</summary>
    public static IReadOnlyDictionary<string, ParserCorpusDocument> Documents { get; } = Load();

    /// <summary>The names of every document, as xunit theory data.</summary>
    public static TheoryData<string> Names => [.. Documents.Keys];

    /// <summary>The names of the documents filed as invalid, as xunit theory data.</summary>
    public static TheoryData<string> InvalidNames => [.. Documents.Values.Where(document => !document.ExpectedValid).Select(document => document.Name)];

    /// <summary>The names of the documents filed as valid, as xunit theory data.</summary>
    public static TheoryData<string> ValidNames => [.. Documents.Values.Where(document => document.ExpectedValid).Select(document => document.Name)];

    private static SortedDictionary<string, ParserCorpusDocument> Load()
    {
        var corpus = Path.Combine(NodeOracle.ComplianceDirectory, "corpus", "parser");
        var folders = new (string Prefix, string Directory, bool ExpectedValid)[]
        {
            ("valid", Path.Combine(corpus, "valid"), true),
            ("invalid", Path.Combine(corpus, "invalid"), false),
            ("bench", Path.Combine(RepositoryRoot.Path, "bench", "documents"), true),
        };

        var documents = new SortedDictionary<string, ParserCorpusDocument>(StringComparer.Ordinal);
        foreach (var (prefix, directory, expectedValid) in folders)
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.graphql"))
            {
                var name = $"{prefix}/{Path.GetFileNameWithoutExtension(file)}";
                // Decoded by hand: File.ReadAllText would drop a leading BOM, which is part of what is tested.
                var source = Encoding.UTF8.GetString(File.ReadAllBytes(file));
                documents.Add(name, new ParserCorpusDocument(name, source, expectedValid));
            }
        }

        return documents;
    }
}
