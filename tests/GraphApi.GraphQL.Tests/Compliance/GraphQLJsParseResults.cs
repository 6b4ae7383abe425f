namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>
/// graphql-js's verdict on every corpus document, from one Node run shared by a test class
/// (an xunit class fixture), so the corpus costs one process start, not hundreds.
/// </summary>
public sealed class GraphQLJsParseResults
{
    private const string PinnedVersion = "16.15.0";

    private readonly IReadOnlyDictionary<string, GraphQLJsParseResult> resultsByName;

    /// <summary>Parses and prints the whole corpus with graphql-js.</summary>
    public GraphQLJsParseResults()
    {
        resultsByName = Run(ParserCorpus.Documents.Values.Select(document => (document.Name, document.Source)));
    }

    /// <summary>graphql-js's result for the named corpus document.</summary>
    public GraphQLJsParseResult this[string name] => resultsByName[name];

    /// <summary>Parses and prints the given documents with graphql-js in one Node run; results by document name.</summary>
    public static IReadOnlyDictionary<string, GraphQLJsParseResult> Run(IEnumerable<(string Name, string Source)> documents)
    {
        var request = new { documents = documents.Select(document => new { name = document.Name, source = document.Source }) };
        var response = NodeOracle.Run<GraphQLJsParseResponse>("parse.mjs", request);
        if (response.GraphqlVersion != PinnedVersion)
        {
            throw new InvalidOperationException(
                $"tests/compliance runs graphql {response.GraphqlVersion}, not the pinned {PinnedVersion}: run `npm ci` there.");
        }

        return response.Results.ToDictionary(result => result.Name, StringComparer.Ordinal);
    }
}
