using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Compliance;

// Spec §2 Language, checked against graphql-js 16.15 as the reference implementation.
public sealed class ParserComplianceTests(GraphQLJsParseResults graphqlJs) : IClassFixture<GraphQLJsParseResults>
{
    [Theory]
    [MemberData(nameof(ParserCorpus.Names), MemberType = typeof(ParserCorpus))]
    public void Accepts_what_graphql_js_accepts_rejects_at_the_same_place_and_prints_the_same(string document)
    {
        var expected = graphqlJs[document];

        var (parsed, error) = ParseWithOurParser(document);

        if (expected.Accepted)
        {
            Assert.True(error is null, $"{document}: graphql-js accepts it, we reject it at {error?.Line}:{error?.Column} with \"{error?.Message}\".");
            var printed = Printer.Print(parsed!);
            Assert.True(expected.Printed == printed, $"{document}: printed output differs from graphql-js's. {DescribeFirstDifference(expected.Printed!, printed)}");
        }
        else
        {
            Assert.True(parsed is null, $"{document}: graphql-js rejects it at {expected.Line}:{expected.Column} with \"{expected.Message}\", we accept it.");
            Assert.True(
                (expected.Line, expected.Column) == (error!.Line, error.Column),
                $"{document}: graphql-js reports the error at {expected.Line}:{expected.Column} (\"{expected.Message}\"), we at {error.Line}:{error.Column} (\"{error.Message}\").");
        }
    }

    [Theory]
    [MemberData(nameof(ParserCorpus.InvalidNames), MemberType = typeof(ParserCorpus))]
    public void Syntax_error_message_is_graphql_js_wording(string document)
    {
        var expected = graphqlJs[document];

        var (_, error) = ParseWithOurParser(document);

        Assert.True(error is not null, $"{document}: we accept it; graphql-js says \"{expected.Message}\".");
        Assert.True(expected.HasMessage(error.Message), $"{document}: graphql-js says \"{expected.Message}\", we say \"{error.Message}\".");
    }

    [Theory]
    [MemberData(nameof(ParserCorpus.ValidNames), MemberType = typeof(ParserCorpus))]
    public void Printed_document_parses_back_to_the_same_print(string document)
    {
        var (parsed, error) = ParseWithOurParser(document);
        Assert.True(error is null, $"{document}: we reject it at {error?.Line}:{error?.Column} with \"{error?.Message}\".");
        var printed = Printer.Print(parsed!);

        var reprinted = Printer.Print(Parser.Parse(printed));

        Assert.True(printed == reprinted, $"{document}: printing the reparsed print changes it. {DescribeFirstDifference(printed, reprinted)}");
    }

    [Fact]
    public void Graphql_js_accepts_exactly_the_documents_filed_as_valid()
    {
        var misfiled = ParserCorpus.Documents.Values
            .Where(document => graphqlJs[document.Name].Accepted != document.ExpectedValid)
            .Select(document => graphqlJs[document.Name].Accepted
                ? $"{document.Name}: graphql-js accepts it"
                : $"{document.Name}: graphql-js rejects it at {graphqlJs[document.Name].Line}:{graphqlJs[document.Name].Column} with \"{graphqlJs[document.Name].Message}\"")
            .ToList();

        Assert.True(misfiled.Count == 0, $"Corpus documents filed in the wrong folder:\n{string.Join('\n', misfiled)}");
        Assert.True(ParserCorpus.Documents.Count >= 200, $"The corpus holds {ParserCorpus.Documents.Count} documents, fewer than 200.");
    }

    private static (DocumentNode? Parsed, GraphQLSyntaxException? Error) ParseWithOurParser(string document)
    {
        try
        {
            return (Parser.Parse(ParserCorpus.Documents[document].Source), null);
        }
        catch (GraphQLSyntaxException error)
        {
            return (null, error);
        }
        catch (Exception crash)
        {
            Assert.Fail($"{document}: the parser threw {crash.GetType().Name} instead of a syntax error: {crash}");
            throw;
        }
    }

    private static string DescribeFirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var index = 0; index < Math.Max(expectedLines.Length, actualLines.Length); index++)
        {
            var expectedLine = index < expectedLines.Length ? expectedLines[index] : "<end>";
            var actualLine = index < actualLines.Length ? actualLines[index] : "<end>";
            if (expectedLine != actualLine)
            {
                return $"First difference at line {index + 1}:\n  expected: {expectedLine}\n  actual:   {actualLine}";
            }
        }

        return "They differ only in line endings.";
    }
}
