using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Tests.Language;

// Spec §2.1 Source Text
public class LexerTests
{
    private static List<Token> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            tokens.Add(lexer.Token);
        }

        return tokens;
    }

    private static Token Single(string source) => Assert.Single(Lex(source));

    private static GraphQLSyntaxException LexError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => Lex(source));

    [Fact]
    public void Skips_bom_whitespace_commas_line_terminators_and_comments()
    {
        var token = Single("\uFEFF \t,,\r\n\n\r# comment \u00e9\n  foo # trailing");
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal((5, 3), (token.Line, token.Column));
        Assert.Equal(23, token.Start);
        Assert.Equal(26, token.End);
    }

    [Fact]
    public void Lexes_every_punctuator()
    {
        var kinds = Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);
        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenLeft, TokenKind.ParenRight, TokenKind.Spread,
                TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketLeft, TokenKind.BracketRight,
                TokenKind.BraceLeft, TokenKind.Pipe, TokenKind.BraceRight,
            ],
            kinds);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9007199254740993", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E-4", TokenKind.Float)]
    [InlineData("-1.123e+4", TokenKind.Float)]
    public void Lexes_numbers(string source, TokenKind kind)
    {
        var token = Single(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal((0, source.Length), (token.Start, token.End));
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData(".123", "Syntax Error: Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Syntax Error: Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.2e3e", "Syntax Error: Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("0xF1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_234", "Syntax Error: Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1\u00DF", "Syntax Error: Unexpected character: U+00DF.", 2)]
    public void Rejects_numbers_the_spec_forbids(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal(message, error.Message);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.")]
    [InlineData("\u00AA", "Syntax Error: Unexpected character: U+00AA.")]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.")]
    [InlineData("\uD83D\uDE00", "Syntax Error: Unexpected character: U+1F600.")]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".")]
    [InlineData("'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".")]
    public void Rejects_unexpected_characters(string source, string message)
    {
        var error = LexError(source);
        Assert.Equal(message, error.Message);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal(SyntaxErrorCodes.ParseFailed, error.Code);
    }

    [Theory]
    [InlineData(0xD83D, "Syntax Error: Invalid character: U+D83D.")]
    [InlineData(0xDE00, "Syntax Error: Invalid character: U+DE00.")]
    public void Rejects_lone_surrogates(int surrogate, string message)
    {
        var error = LexError(((char)surrogate).ToString());
        Assert.Equal(message, error.Message);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Names_are_letters_digits_and_underscores()
    {
        var tokens = Lex("a_1 _x9 Z");
        Assert.All(tokens, t => Assert.Equal(TokenKind.Name, t.Kind));
        Assert.Equal([(0, 3), (4, 7), (8, 9)], tokens.Select(t => (t.Start, t.End)));
    }

    // The lexer scans names and runs of spaces a vector (eight characters) at a time: end them
    // inside a vector, on its last character, past it and where fewer than eight characters are left.
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(17)]
    public void Names_and_runs_of_spaces_end_where_they_end(int length)
    {
        var name = "n" + new string('_', length - 1);
        var spaces = new string(' ', length);
        foreach (var source in new[] { name, name + "!", spaces + name, spaces + name + spaces + "{", name + "\u00e9", name + "-", name + "\n" + name })
        {
            var token = new Lexer(source).Advance();
            Assert.Equal((TokenKind.Name, source.IndexOf('n', StringComparison.Ordinal)), (token.Kind, token.Start));
            Assert.Equal(token.Start + length, token.End);
        }
    }

    [Fact]
    public void Tracks_lines_after_block_strings()
    {
        var tokens = Lex("\"\"\"a\nb\r\nc\"\"\" d");
        Assert.Equal(TokenKind.BlockString, tokens[0].Kind);
        Assert.Equal((1, 1), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((3, 6), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void Lookahead_does_not_move()
    {
        var lexer = new Lexer("a b");
        lexer.Advance();
        Assert.Equal(2, lexer.Lookahead().Start);
        Assert.Equal(0, lexer.Token.Start);
        Assert.Equal(2, lexer.Advance().Start);
        Assert.Equal(0, lexer.LastToken.Start);
    }

    [Fact]
    public void Keeps_returning_end_of_file()
    {
        var lexer = new Lexer(" ");
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal((1, 1, 2), (lexer.Token.Start, lexer.Token.Line, lexer.Token.Column));
    }
}
