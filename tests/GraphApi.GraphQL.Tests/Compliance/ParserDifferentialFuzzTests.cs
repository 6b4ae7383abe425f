using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Tests.Compliance;

// Spec §2 Language: thousands of mutated corpus documents, each parsed by us and by graphql-js 16.15.
public sealed class ParserDifferentialFuzzTests
{
    private const int Seed = 20211026;
    private const int MutationsPerDocument = 12;
    private const int MaxSourceLength = 2_000;

    [Fact]
    public void Mutated_documents_get_the_same_verdict_location_message_and_print_as_graphql_js()
    {
        var mutator = new DocumentMutator(Seed);
        var documents = ParserCorpus.Documents.Values
            .Where(document => document.Source.Length <= MaxSourceLength)
            .SelectMany(document => Enumerable.Range(0, MutationsPerDocument)
                .Select(index => (Name: $"{document.Name}#{index}", Source: mutator.Mutate(document.Source))))
            .ToList();
        var graphqlJs = GraphQLJsParseResults.Run(documents);

        var disagreements = documents
            .Select(document => Disagreement(document.Name, document.Source, graphqlJs[document.Name]))
            .OfType<string>()
            .ToList();

        Assert.True(documents.Count >= 4_000, $"Only {documents.Count} mutated documents.");
        Assert.True(documents.Count(document => !graphqlJs[document.Name].Accepted) >= 1_000, "Too few mutations are invalid to exercise the errors.");
        Assert.True(
            disagreements.Count == 0,
            $"{disagreements.Count} of {documents.Count} mutated documents disagree with graphql-js:\n{string.Join("\n\n", disagreements.Take(25))}");
    }

    private static string? Disagreement(string name, string source, GraphQLJsParseResult expected)
    {
        string printed;
        try
        {
            printed = Printer.Print(Parser.Parse(source));
        }
        catch (GraphQLSyntaxException error)
        {
            if (expected.Accepted)
            {
                return $"{name}: graphql-js accepts it, we say \"{error.Message}\" at {error.Line}:{error.Column}.\n{Quote(source)}";
            }

            return expected.HasMessage(error.Message) && (expected.Line, expected.Column) == (error.Line, error.Column)
                ? null
                : $"{name}: graphql-js says \"{expected.Message}\" at {expected.Line}:{expected.Column}, we \"{error.Message}\" at {error.Line}:{error.Column}.\n{Quote(source)}";
        }
        catch (Exception crash)
        {
            return $"{name}: the parser threw {crash.GetType().Name}: {crash.Message}\n{Quote(source)}";
        }

        if (!expected.Accepted)
        {
            return $"{name}: graphql-js says \"{expected.Message}\" at {expected.Line}:{expected.Column}, we accept it.\n{Quote(source)}";
        }

        return expected.Printed == printed ? null : $"{name}: printed output differs.\n{Quote(source)}\ngraphql-js:\n{expected.Printed}\nours:\n{printed}";
    }

    private static string Quote(string source) => System.Text.Json.JsonSerializer.Serialize(source);
}
