using System.Text;
using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Tests.Language;

// Thousands of seeded random mutations of valid documents: each ends in a tree (which prints and
// parses back to an equal tree) or a GraphQLSyntaxException — never another exception, never a hang.
public class ParserFuzzTests
{
    private const int Iterations = 6000;

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "&", "|", "...", ".", "..", ",", "#", "\n", "\r", "\r\n",
        "\"", "\"\"\"", "\\", "\\u", "\\u{", "\\uD83D", "\\uDE00", "\\\"\"\"", "0", "-", "1.5e", "e", "00", "0x", "9.",
        "on", "query", "mutation", "fragment", "type", "extend", "schema", "directive", "repeatable", "implements",
        "true", "null", "enum", "input", "union", "scalar", "interface", "'", "\t", " ", "\uFEFF", "\u0000", "\u0007",
        "\u00e9", "\uD83D", "\uDE00", "\uD83D\uDE00", "\U0010FFFF", "\u2028", "?",
    ];

    private static readonly string[] Seeds =
    [
        TestDocuments.KitchenSink,
        TestDocuments.SchemaKitchenSink,
        TestDocuments.IntrospectionQuery,
        "query Q($a: [Int!]! = [1, 2], $b: In = {x: \"s\\u00e9\\u{1F600}\"}) { f(a: $a) @d(b: $b) { ...F ... on T { g } } }",
        "\"\"\"\n  block\n    string\n\"\"\" type T implements A & B @k(f: \"id\") { f(a: Int = 1): [T!]! }",
    ];

    [Fact]
    public void Mutated_documents_parse_or_fail_with_a_syntax_error()
    {
        var random = new Random(20211026);
        var parsed = 0;
        var rejected = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var source = Mutate(Seeds[random.Next(Seeds.Length)], random);
            try
            {
                var document = Parser.Parse(source);
                parsed++;
                var printed = Printer.Print(document);
                var difference = SyntaxTreeComparer.FindDifference(document, Parser.Parse(printed));
                Assert.True(difference is null, $"Round trip of mutation {i} changed the tree at {difference}:\n{source}");
            }
            catch (GraphQLSyntaxException error)
            {
                rejected++;
                Assert.StartsWith("Syntax Error: ", error.Message, StringComparison.Ordinal);
                Assert.InRange(error.Position, 0, source.Length);
                Assert.True(error.Line >= 1 && error.Column >= 1, $"Bad location {error.Line}:{error.Column} for mutation {i}");
            }
            catch (Exception error)
            {
                Assert.Fail($"Mutation {i} threw {error.GetType().Name}: {error.Message}\n{source}");
            }
        }

        Assert.True(parsed > 100 && rejected > 1000, $"parsed {parsed}, rejected {rejected}");
    }

    private static string Mutate(string seed, Random random)
    {
        var text = new StringBuilder(seed);
        var mutations = 1 + random.Next(3);
        for (var m = 0; m < mutations; m++)
        {
            var position = random.Next(text.Length + 1);
            switch (random.Next(7))
            {
                case 0:
                    text.Insert(position, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    text.Remove(Math.Min(position, text.Length), Math.Min(random.Next(1, 20), text.Length - Math.Min(position, text.Length)));
                    break;
                case 2 when position < text.Length:
                    text[position] = (char)random.Next(0, 0x80);
                    break;
                case 3:
                    text.Length = position;
                    break;
                case 4:
                    var start = random.Next(text.Length + 1);
                    var length = random.Next(Math.Min(200, text.Length - start) + 1);
                    text.Insert(position, text.ToString(start, length));
                    break;
                case 5:
                    var opener = random.Next(3) switch { 0 => "{ a ", 1 => "[", _ => "{x: " };
                    text.Insert(position, string.Concat(Enumerable.Repeat(opener, random.Next(1, 400))));
                    break;
                default:
                    text.Insert(position, (char)random.Next(0xD700, 0xE100));
                    break;
            }
        }

        return text.ToString();
    }
}
