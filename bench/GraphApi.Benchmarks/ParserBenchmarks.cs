using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.Benchmarks;

/// <summary>
/// Parse throughput and allocations for the documents in bench/documents, the same files
/// bench/peers/graphql-js parses, so bench/parse-vs-graphql-js.sh can set the two side by side.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string source = "";

    /// <summary>The file name, without extension, of the document in bench/documents.</summary>
    [Params("small-query", "introspection-query", "large-schema", "dashboard-nested", "dashboard-arguments", "dashboard-strings")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void ReadDocument() => source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "documents", Document + ".graphql"));

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(source);
}
