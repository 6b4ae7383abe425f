using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;

namespace GraphApi.Benchmarks;

/// <summary>
/// Parse + validate + execute + serialize to JSON, on the schema, data and operations
/// bench/peers/graphql-js/execute-benchmark.mjs runs through graphql-js, so
/// bench/execute-vs-graphql-js.sh can set the two side by side.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private static readonly string[] Categories = ["HARDWARE", "SOFTWARE", "SERVICE"];

    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private RequestExecutor _executor = null!;
    private ExecutionRequest _request = null!;

    /// <summary>Which operation: three-fields, nested-list or introspection.</summary>
    [Params("three-fields", "nested-list", "introspection")]
    public string Operation { get; set; } = "";

    /// <summary>cached: the document is parsed and validated once, as a server serves a repeated operation; fresh: every request parses and validates, as graphql-js does.</summary>
    [Params("cached", "fresh")]
    public string Documents { get; set; } = "";

    private int _requestNumber;

    [GlobalSetup]
    public void CreateExecutor()
    {
        var items = Enumerable.Range(0, 100).Select(i => new Dictionary<string, object?>
        {
            ["id"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = $"Item {i + 1}",
            ["price"] = (i + 1) * 1.25,
            ["inStock"] = i % 3 != 0,
            ["category"] = Categories[i % 3],
        }).ToArray();
        var schema = SchemaBuilder.FromSdl(Read("execution-schema"), new SdlBindings().Resolve("Query", "items", _ => items));
        _executor = new RequestExecutor(schema);
        var root = new Dictionary<string, object?> { ["hello"] = "world", ["version"] = 3, ["healthy"] = true };
        var query = Operation switch
        {
            "three-fields" => Read("execution-three-fields"),
            "nested-list" => Read("execution-nested-list"),
            _ => Read("introspection-query"),
        };
        _request = new ExecutionRequest { Query = query, RootValue = root };
    }

    [Benchmark]
    public async Task<int> Execute()
    {
        var request = Documents == "cached"
            ? _request
            : new ExecutionRequest { Query = _request.Query + "\n# " + _requestNumber++, RootValue = _request.RootValue };
        var result = await _executor.ExecuteOperationAsync(request);
        _output.ResetWrittenCount();
        await using var writer = new Utf8JsonWriter(_output);
        result.WriteTo(writer);
        await writer.FlushAsync();
        return _output.WrittenCount;
    }

    private static string Read(string document) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "documents", document + ".graphql"));
}
