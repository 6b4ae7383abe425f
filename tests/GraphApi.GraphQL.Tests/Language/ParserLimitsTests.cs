using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Tests.Language;

// ParserOptions limits against hostile documents.
public class ParserLimitsTests
{
    [Fact]
    public void Rejects_documents_longer_than_the_maximum()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a }      ", new ParserOptions { MaxDocumentLength = 10 }));
        Assert.Equal("Syntax Error: Source contains more than 10 UTF-16 code units. Parsing aborted.", error.Message);
        Assert.Equal(SyntaxErrorCodes.DocumentTooLarge, error.Code);
        Assert.Equal("DOCUMENT_TOO_LARGE", error.Errors[0].Code);
        Assert.Equal((1, 11, 10), (error.Line, error.Column, error.Position));
        Parser.Parse("{ a }     ", new ParserOptions { MaxDocumentLength = 10 });
    }

    [Fact]
    public void Default_maximum_length_is_four_mebibytes()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a }" + new string(' ', 4 * 1024 * 1024)));
        Assert.Equal("Syntax Error: Source contains more than 4194304 UTF-16 code units. Parsing aborted.", error.Message);
        Assert.Equal(4 * 1024 * 1024, ParserOptions.Default.MaxDocumentLength);
    }

    [Fact]
    public void Rejects_documents_with_more_tokens_than_the_maximum()
    {
        var options = new ParserOptions { MaxTokens = 4 };
        Parser.Parse("{ a b } # comments and commas do not count,,,", options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c }", options));
        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal(SyntaxErrorCodes.MaxTokensExceeded, error.Code);
        Assert.Equal((1, 9), (error.Line, error.Column));
    }

    [Fact]
    public void Default_token_limit_is_two_hundred_thousand()
    {
        var fields = string.Join(' ', Enumerable.Repeat("f", 199_998));
        Parser.Parse("{ " + fields + " }");
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ " + fields + " g }"));
        Assert.Equal("Syntax Error: Document contains more than 200000 tokens. Parsing aborted.", error.Message);
    }

    [Theory]
    [InlineData("{ a { b { c } } }", 3, null)]
    [InlineData("{ a { b { c { d } } } }", 3, 13)]
    [InlineData("{ a(x: [[1]]) }", 3, null)]
    [InlineData("{ a(x: [[[1]]]) }", 3, 10)]
    [InlineData("{ a(x: {y: [{z: 1}]}) }", 3, 13)]
    [InlineData("query ($v: [[Int]]) { a }", 2, null)]
    [InlineData("query ($v: [[[Int]]]) { a }", 2, 14)]
    [InlineData("type T { f: [[[Int]]] }", 2, 15)]
    public void Counts_selection_sets_lists_objects_and_list_types_as_nesting(string source, int maxDepth, int? failingColumn)
    {
        var options = new ParserOptions { MaxDepth = maxDepth };
        if (failingColumn is null)
        {
            Parser.Parse(source, options);
            return;
        }

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));
        Assert.Equal($"Syntax Error: Document nesting is deeper than {maxDepth} levels. Parsing aborted.", error.Message);
        Assert.Equal(SyntaxErrorCodes.MaxDepthExceeded, error.Code);
        Assert.Equal((1, failingColumn.Value), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("{ a", " }", "{ a")]
    [InlineData("{ a(x: ", ") }", "[")]
    [InlineData("{ a(x: ", ") }", "{x: ")]
    [InlineData("query ($v: ", ") { a }", "[")]
    public void Deeply_nested_documents_end_in_a_syntax_error_not_a_stack_overflow(string prefix, string suffix, string opener)
    {
        var source = prefix + string.Concat(Enumerable.Repeat(opener, 100_000)) + suffix;
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal("Syntax Error: Document nesting is deeper than 256 levels. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Even_without_a_depth_limit_the_stack_is_protected()
    {
        var source = "{ a(x: " + new string('[', 1_000_000) + ") }";
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue }));
        Assert.Equal(SyntaxErrorCodes.MaxDepthExceeded, error.Code);
    }

    [Fact]
    public void Default_depth_allows_256_levels()
    {
        var source = "{ a(x: " + new string('[', 255) + new string(']', 255) + ") }";
        Parser.Parse(source);
    }
}
