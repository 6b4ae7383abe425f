using System.Text;

namespace GraphApi.GraphQL.Language;

// Spec §2.9.4 String Value (BlockStringValue)
/// <summary>
/// Block string rules: removing the common indentation and blank leading and trailing lines
/// from a raw block string (graphql-js <c>dedentBlockStringLines</c>), and printing a value
/// back as a block string (graphql-js <c>printBlockString</c>).
/// </summary>
public static class BlockString
{
    /// <summary>
    /// The value of a block string from its raw text between the triple quotes: <c>\"""</c>
    /// unescaped, lines joined with U+000A, common indentation (ignoring the first line) removed,
    /// and leading and trailing blank lines dropped.
    /// </summary>
    /// <param name="raw">The text between the opening and closing <c>"""</c>.</param>
    /// <param name="hasEscapedQuotes">Whether <paramref name="raw"/> contains <c>\"""</c>; saves a search when false.</param>
    public static string Dedent(ReadOnlySpan<char> raw, bool hasEscapedQuotes = true)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        var lineIndex = 0;
        for (var position = 0; position <= raw.Length; lineIndex++)
        {
            var lineEnd = LineEnd(raw, position);
            var line = raw[position..lineEnd];
            var indent = LeadingWhiteSpace(line);
            if (indent != line.Length)
            {
                if (firstNonEmptyLine < 0)
                {
                    firstNonEmptyLine = lineIndex;
                }

                lastNonEmptyLine = lineIndex;
                if (lineIndex != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            position = NextLineStart(raw, lineEnd);
        }

        if (firstNonEmptyLine < 0)
        {
            return string.Empty;
        }

        if (lineIndex == 1 && !hasEscapedQuotes)
        {
            return raw.ToString();
        }

        var result = StringBuilderCache.Acquire(raw.Length);
        lineIndex = 0;
        for (var position = 0; position <= raw.Length && lineIndex <= lastNonEmptyLine; lineIndex++)
        {
            var lineEnd = LineEnd(raw, position);
            if (lineIndex >= firstNonEmptyLine)
            {
                var line = raw[position..lineEnd];
                if (lineIndex != 0)
                {
                    line = line[Math.Min(commonIndent, line.Length)..];
                }

                if (lineIndex > firstNonEmptyLine)
                {
                    result.Append('\n');
                }

                AppendUnescaped(result, line, hasEscapedQuotes);
            }

            position = NextLineStart(raw, lineEnd);
        }

        return StringBuilderCache.ToStringAndRelease(result);
    }

    /// <summary>Whether a string reads back unchanged from a block string (graphql-js <c>isPrintableAsBlockString</c>).</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var character in value)
        {
            switch (character)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or (>= '\u000E' and <= '\u001F') or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        // An empty string prints as a block; trailing empty lines or a common indent would not survive.
        return value.Length == 0 || (!isEmptyLine && !(hasCommonIndent && seenNonEmptyLine));
    }

    /// <summary>Prints a string value as a block string, exactly as graphql-js 16 <c>printBlockString</c> does.</summary>
    public static string Print(string value)
    {
        var escapedValue = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = true;
        var forceLeadingNewLine = true;
        var span = escapedValue.AsSpan();
        var position = LineEnd(span, 0);
        while (position < span.Length)
        {
            isSingleLine = false;
            position = NextLineStart(span, position);
            var lineEnd = LineEnd(span, position);
            if (lineEnd > position && !IsWhiteSpace(span[position]))
            {
                forceLeadingNewLine = false;
            }

            position = lineEnd;
        }

        forceLeadingNewLine &= !isSingleLine;
        var hasTrailingTripleQuotes = escapedValue.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine
            || value.Length > 70
            || forceTrailingNewline
            || forceLeadingNewLine
            || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder(escapedValue.Length + 8);
        result.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escapedValue);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static void AppendUnescaped(StringBuilder result, ReadOnlySpan<char> line, bool hasEscapedQuotes)
    {
        if (!hasEscapedQuotes)
        {
            result.Append(line);
            return;
        }

        int index;
        while ((index = line.IndexOf("\\\"\"\"", StringComparison.Ordinal)) >= 0)
        {
            result.Append(line[..index]).Append("\"\"\"");
            line = line[(index + 4)..];
        }

        result.Append(line);
    }

    private static int LineEnd(ReadOnlySpan<char> text, int position)
    {
        var offset = text[position..].IndexOfAny('\n', '\r');
        return offset < 0 ? text.Length : position + offset;
    }

    // The start of the line after the terminator at lineEnd; past the end when there is none.
    private static int NextLineStart(ReadOnlySpan<char> text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length + 1;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
