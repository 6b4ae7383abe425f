namespace GraphApi.GraphQL.Language;

/// <summary>
/// Limits that protect the parser against hostile documents. Each exceeded limit ends parsing
/// with a <see cref="GraphQLSyntaxException"/> carrying its own code (see <see cref="SyntaxErrorCodes"/>).
/// The defaults leave room for large real schemas (a 4 MiB SDL has well under 200,000 tokens).
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: 4 MiB characters, 200,000 tokens, 256 nesting levels.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Maximum document length in UTF-16 code units; default 4 MiB (4,194,304).</summary>
    public int MaxDocumentLength { get; init; } = 4 * 1024 * 1024;

    /// <summary>Maximum number of tokens (comments and ignored tokens excluded); default 200,000.</summary>
    public int MaxTokens { get; init; } = 200_000;

    /// <summary>
    /// Maximum nesting: each selection set, list value, object value and list type counts one level;
    /// default 256. Deeper documents are rejected before they could exhaust the stack.
    /// </summary>
    public int MaxDepth { get; init; } = 256;
}
