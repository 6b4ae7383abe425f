namespace GraphApi.GraphQL.Language;

// Spec §2 Language
/// <summary>
/// A document that cannot be parsed, or that exceeds a <see cref="ParserOptions"/> limit. The
/// message is worded as graphql-js words it ("Syntax Error: Expected Name, found &lt;EOF&gt;.");
/// the error carries the location and <c>extensions.code</c> (see <see cref="SyntaxErrorCodes"/>).
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    private GraphQLSyntaxException(GraphQLError error, int position)
        : base(error)
    {
        Position = position;
        Line = error.Locations![0].Line;
        Column = error.Locations[0].Column;
    }

    /// <summary>1-based line of the offending character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending character.</summary>
    public int Column { get; }

    /// <summary>Offset of the offending character in the source.</summary>
    public int Position { get; }

    /// <summary>The stable reason, one of <see cref="SyntaxErrorCodes"/>.</summary>
    public string Code => Errors[0].Code!;

    /// <summary>Creates the exception for a failure at <paramref name="position"/> of <paramref name="source"/>.</summary>
    /// <param name="source">The whole source text.</param>
    /// <param name="position">Offset of the offending character.</param>
    /// <param name="description">What went wrong, without the "Syntax Error: " prefix.</param>
    /// <param name="code">The stable reason.</param>
    public static GraphQLSyntaxException At(string source, int position, string description, string code = SyntaxErrorCodes.ParseFailed)
    {
        var (line, column) = GetLocation(source, position);
        var error = new GraphQLError(
            "Syntax Error: " + description,
            [new ErrorLocation(line, column)],
            extensions: new Dictionary<string, object?> { ["code"] = code });
        return new GraphQLSyntaxException(error, position);
    }

    // Counts line terminators (\r\n, \n, \r) before the position, as graphql-js getLocation does.
    private static (int Line, int Column) GetLocation(string source, int position)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(position, source.Length);
        for (var i = 0; i < end; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return (line, position + 1 - lineStart);
    }
}
