using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

// Spec §2.9.4 String Value (block strings)
public class BlockStringTests
{
    private static string Value(string literal)
    {
        var node = Assert.IsType<StringValueNode>(Parser.ParseConstValue(literal));
        Assert.True(node.Block);
        return node.Value;
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps its indent\n    second\n  \"\"\"", "  first line keeps its indent\nsecond")]
    [InlineData("\"\"\"\n\t\ttabs\n\t\t  count\n\"\"\"", "tabs\n  count")]
    [InlineData("\"\"\"   \n  \n\"\"\"", "")]
    public void Dedents_and_unescapes(string literal, string value) => Assert.Equal(value, Value(literal));

    [Fact]
    public void Dedent_matches_the_spec_example()
    {
        var raw = "\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ";
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", BlockString.Dedent(raw));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("\tleading tab", "\"\"\"\tleading tab\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"")]
    [InlineData("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\"")]
    [InlineData("has \"\"\" triple", "\"\"\"has \\\"\"\" triple\"\"\"")]
    [InlineData("ends \"\"\"", "\"\"\"\nends \\\"\"\"\n\"\"\"")]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("  first\n  second", "\"\"\"\n  first\n  second\n\"\"\"")]
    [InlineData("this is a single line of more than seventy characters, long enough to wrap", "\"\"\"\nthis is a single line of more than seventy characters, long enough to wrap\n\"\"\"")]
    public void Prints_like_graphql_js(string value, string printed) => Assert.Equal(printed, BlockString.Print(value));
}
