using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Execution;

namespace GraphQLDotnetPeer;

/// <summary>
/// Parse + validate + execute + JSON in memory, the operations of bench/GraphApi.Benchmarks' ExecutionBenchmarks on both
/// engines. cached: the server's document cache (ours; graphql-dotnet's as GraphQL.MemoryCache does it); fresh: a new
/// query text every call, parsed and validated every time (graphql-dotnet without its cache, which is its default).
/// The setup fails unless both engines write the same JSON (<see cref="AnswerCheck"/>).
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private readonly MemoryStream _output = new(64 * 1024);
    private RequestExecutor _ours = null!;
    private PeerEngine _theirs = null!;
    private Dictionary<string, object?> _root = null!;
    private string _query = "";
    private int _requestNumber;

    /// <summary>GraphApi or graphql-dotnet.</summary>
    [Params(Engines.GraphApi, Engines.GraphQLDotnet)]
    public string Engine { get; set; } = "";

    /// <summary>three-fields, nested-list or introspection.</summary>
    [Params("three-fields", "nested-list", "introspection")]
    public string Operation { get; set; } = "";

    /// <summary>cached or fresh.</summary>
    [Params("cached", "fresh")]
    public string Documents { get; set; } = "";

    [GlobalSetup]
    public void CreateEngines()
    {
        AnswerCheck.ExecutionAnswers(Operation).GetAwaiter().GetResult().ThrowIfDifferent();
        _ours = AnswerCheck.OurExecutionEngine();
        _theirs = new PeerEngine(PeerEngine.ExecutionSchema(), cacheDocuments: Documents == "cached");
        _root = GraphQLDotnetPeer.Documents.Root();
        _query = GraphQLDotnetPeer.Documents.Operation(Operation);
    }

    [Benchmark]
    public async Task<long> Execute()
    {
        var query = Documents == "cached" ? _query : _query + "\n# " + _requestNumber++;
        _output.SetLength(0);
        if (Engine == Engines.GraphApi)
        {
            var result = await _ours.ExecuteOperationAsync(new ExecutionRequest { Query = query, RootValue = _root });
            await result.WriteToAsync(_output);
        }
        else
        {
            var result = await _theirs.ExecuteAsync(query, _root);
            await _theirs.WriteAsync(_output, result);
        }

        return _output.Length;
    }
}
