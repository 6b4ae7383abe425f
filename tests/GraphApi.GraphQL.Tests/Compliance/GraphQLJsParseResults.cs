namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>
/// graphql-js's verdict on every corpus document, from one Node run shared by a test class
/// (an xunit class fixture), so the corpus costs one process start, not hundreds.
/// </summary>
public sealed class GraphQLJsParseResults
{
    private const string PinnedVersion = "16.15.0";

    private readonly Dictionary<string, GraphQLJsParseResult> resultsByName;

    /// <summary>Parses and prints the whole corpus with graphql-js.</summary>
    public GraphQLJsParseResults()
    {
        var documents = ParserCorpus.Documents.Values.Select(document => new { document.Name, document.Source }).ToList();
        var response = NodeOracle.Run<GraphQLJsParseResponse>("parse.mjs", new { documents });
        if (response.GraphqlVersion != PinnedVersion)
        {
            throw new InvalidOperationException(
                $"tests/compliance runs graphql {response.GraphqlVersion}, not the pinned {PinnedVersion}: run `npm ci` there.");
        }

        resultsByName = response.Results.ToDictionary(result => result.Name, StringComparer.Ordinal);
    }

    /// <summary>graphql-js's result for the named corpus document.</summary>
    public GraphQLJsParseResult this[string name] => resultsByName[name];
}
