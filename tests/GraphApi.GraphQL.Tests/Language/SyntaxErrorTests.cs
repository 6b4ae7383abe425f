using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Tests.Language;

// Syntax errors: graphql-js 16 wording, line and column, and the GRAPHQL_PARSE_FAILED code.
public class SyntaxErrorTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Foo($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 13)]
    [InlineData("{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ a(b) }", "Syntax Error: Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{ ... on }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("query Foo($x: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 21)]
    [InlineData("{ a } }", "Syntax Error: Unexpected \"}\".", 1, 7)]
    [InlineData("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("query Q @include(if: true) mutation", "Syntax Error: Expected \"{\", found Name \"mutation\".", 1, 28)]
    [InlineData("{ a(x: \"\"\"\"\"\"\"\"\"\") }", "Syntax Error: Unterminated string.", 1, 21)]
    [InlineData("{ f(a: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ f(a: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ f(a: {x 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("query Q($v: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($v: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("{ a }\n\n  # comment\n  'x'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 4, 3)]
    [InlineData("{\r\n  a\r\n  b(c: \"x\r\n\") }", "Syntax Error: Unterminated string.", 3, 10)]
    public void Reports_graphql_js_messages_and_positions(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        var graphQLError = Assert.Single(error.Errors);
        Assert.Equal(message, graphQLError.Message);
        Assert.Equal(new ErrorLocation(line, column), Assert.Single(graphQLError.Locations!));
        Assert.Equal("GRAPHQL_PARSE_FAILED", graphQLError.Code);
    }

    [Fact]
    public void Position_is_the_offset_of_the_offending_character()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a }\n{ b c: }"));
        Assert.Equal(13, error.Position);
        Assert.Equal((2, 8), (error.Line, error.Column));
    }

    // Spec §2.1.6 Lexical Tokens: "123abc" is not an Int followed by a Name.
    [Fact]
    public void Rejects_the_spec_example_of_a_number_followed_by_a_name()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ f(a: 123abc) }"));
        Assert.Equal("Syntax Error: Invalid number, expected digit but got: \"a\".", error.Message);
    }

    // Spec §2.9.2 Float Value: "1.23.4" and "0x123" are rejected.
    [Theory]
    [InlineData("1.23.4", "Syntax Error: Invalid number, expected digit but got: \".\".")]
    [InlineData("0x123", "Syntax Error: Invalid number, expected digit but got: \"x\".")]
    [InlineData("1.e3", "Syntax Error: Invalid number, expected digit but got: \"e\".")]
    public void Rejects_the_spec_examples_of_bad_floats(string value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(value)).Message);
}
