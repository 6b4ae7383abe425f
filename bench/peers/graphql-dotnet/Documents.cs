using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphQLDotnetPeer;

/// <summary>The benchmark's files (bench/documents, copied beside the program) and the in-memory data both engines serve.</summary>
public static class Documents
{
    private static readonly string[] Categories = ["HARDWARE", "SOFTWARE", "SERVICE"];

    /// <summary>The folder the documents are copied to.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "documents");

    /// <summary>The text of bench/documents/<paramref name="name"/>.graphql.</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name + ".graphql"));

    /// <summary>Every document the parsers are compared on: the executable ones and the SDL, by file name.</summary>
    public static IEnumerable<string> ParserDocuments() =>
        Directory.EnumerateFiles(Folder, "*.graphql").Select(Path.GetFileNameWithoutExtension).Where(name => name != "execution-schema").Order(StringComparer.Ordinal)!;

    /// <summary>The execution benchmark's 100 items, as bench/peers/graphql-js/execute-benchmark.mjs makes them.</summary>
    public static Dictionary<string, object?>[] Items() =>
        [.. Enumerable.Range(0, 100).Select(i => new Dictionary<string, object?>
        {
            ["id"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = $"Item {i + 1}",
            ["price"] = (i + 1) * 1.25,
            ["inStock"] = i % 3 != 0,
            ["category"] = Categories[i % 3],
        })];

    /// <summary>The execution benchmark's root value.</summary>
    public static Dictionary<string, object?> Root() => new() { ["hello"] = "world", ["version"] = 3, ["healthy"] = true };

    /// <summary>
    /// The HTTP benchmark's books (bench/http-data.json) as GraphApi's server reads them (JSON-shaped dictionaries and
    /// lists), with integers as <see cref="int"/>: graphql-dotnet's Int does not serialize the <see cref="long"/> JSON gives.
    /// </summary>
    public static object? Books()
    {
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "http-data.json")));
        return WithIntegersAsInt(JsonInput.ToValue(data.RootElement.GetProperty("books")));
    }

    private static object? WithIntegersAsInt(object? value) => value switch
    {
        long integer when integer is >= int.MinValue and <= int.MaxValue => (int)integer,
        IReadOnlyDictionary<string, object?> entries => entries.ToDictionary(entry => entry.Key, entry => WithIntegersAsInt(entry.Value)),
        object?[] items => items.Select(WithIntegersAsInt).ToArray(),
        _ => value,
    };

    /// <summary>
    /// graphql-js 16.15's full introspection query less what graphql-dotnet 8.8.5 refuses to run: <c>includeDeprecated</c> on
    /// the directives' <c>args</c> (its first use in the query) and the fields named in <see cref="UnsupportedIntrospectionFields"/>.
    /// </summary>
    public static string IntrospectionQuery()
    {
        var query = Read("introspection-query");
        const string argument = "args(includeDeprecated: true)";
        var at = query.IndexOf(argument, StringComparison.Ordinal);
        query = query[..at] + "args" + query[(at + argument.Length)..];
        return string.Join('\n', query.Split('\n').Where(line => !UnsupportedIntrospectionFields.Contains(line.Trim())));
    }

    /// <summary>Fields of graphql-js's introspection query that graphql-dotnet 8.8.5's introspection types lack.</summary>
    public static IReadOnlySet<string> UnsupportedIntrospectionFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "specifiedByURL" };

    /// <summary>The operations of the execution benchmark, by the name both benchmarks give them.</summary>
    public static string Operation(string name) => name switch
    {
        "three-fields" => Read("execution-three-fields"),
        "nested-list" => Read("execution-nested-list"),
        "introspection" => IntrospectionQuery(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown operation"),
    };
}
