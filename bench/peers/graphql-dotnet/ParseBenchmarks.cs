using BenchmarkDotNet.Attributes;
using GraphQLParser;

namespace GraphQLDotnetPeer;

/// <summary>
/// Parsing bench/documents with GraphApi's parser and with GraphQL-Parser 9.5.1, the parser graphql-dotnet 8.8.5 uses,
/// with the options its GraphQLDocumentBuilder uses (comments ignored, locations kept).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private static readonly ParserOptions PeerOptions = new() { Ignore = IgnoreOptions.Comments };
    private string _source = "";

    /// <summary>GraphApi or graphql-dotnet.</summary>
    [Params(Engines.GraphApi, Engines.GraphQLDotnet)]
    public string Engine { get; set; } = "";

    /// <summary>The document, by its file name in bench/documents.</summary>
    [ParamsSource(nameof(AllDocuments))]
    public string Document { get; set; } = "";

    /// <summary>Every document of bench/documents but the execution benchmark's schema.</summary>
    public static IEnumerable<string> AllDocuments() => Documents.ParserDocuments();

    [GlobalSetup]
    public void ReadDocument() => _source = Documents.Read(Document);

    [Benchmark]
    public int Parse() => Engine == Engines.GraphApi
        ? GraphApi.GraphQL.Language.Parser.Parse(_source).Definitions.Count
        : Parser.Parse(_source, PeerOptions).Definitions.Count;
}
