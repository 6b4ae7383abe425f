using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

// Spec §2.9.4 String Value
public class StringValueTests
{
    private static StringValueNode ParseString(string literal) =>
        Assert.IsType<StringValueNode>(Parser.ParseConstValue(literal));

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unescaped maximal unicode outside BMP \U0010FFFF\"", "unescaped maximal unicode outside BMP \U0010FFFF")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"control \u0007 character\"", "control \u0007 character")]
    public void Decodes_strings(string literal, string value)
    {
        var node = ParseString(literal);
        Assert.Equal(value, node.Value);
        Assert.False(node.Block);
    }

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.", 2)]
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 4)]
    [InlineData("\"\"\"\"", "Syntax Error: Unterminated string.", 5)]
    [InlineData("\"no end quote", "Syntax Error: Unterminated string.", 14)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 7)]
    [InlineData("\"multi\rline\"", "Syntax Error: Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u0XX1\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uFXXX\".", 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXF\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FX\".", 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF \".", 6)]
    [InlineData("\"bad \\u{FFFF\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".", 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000000\".", 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{DEAD}\".", 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".", 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 25)]
    [InlineData("\"cannot escape half a pair \\uD83D\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 28)]
    [InlineData("\"cannot escape half a pair \\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 28)]
    public void Rejects_bad_strings(string literal, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue(literal));
        Assert.Equal(message, error.Message);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    // Lone surrogates cannot travel through xunit's test data, so these build their input here.
    [Theory]
    [InlineData("\"bad surrogate ", new[] { 0xDEAD }, "Syntax Error: Invalid character within String: U+DEAD.", 16)]
    [InlineData("\"bad high surrogate pair ", new[] { 0xDEAD, 0xDEAD }, "Syntax Error: Invalid character within String: U+DEAD.", 26)]
    [InlineData("\"bad low surrogate pair ", new[] { 0xD800, 0xD800 }, "Syntax Error: Invalid character within String: U+D800.", 25)]
    public void Rejects_lone_surrogates_in_strings(string prefix, int[] surrogates, string message, int column)
    {
        var literal = prefix + new string(surrogates.Select(c => (char)c).ToArray()) + "\"";
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue(literal));
        Assert.Equal(message, error.Message);
        Assert.Equal((1, column), (error.Line, error.Column));
    }
}
