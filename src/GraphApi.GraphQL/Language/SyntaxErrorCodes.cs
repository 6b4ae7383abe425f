namespace GraphApi.GraphQL.Language;

/// <summary>The stable <c>extensions.code</c> values of <see cref="GraphQLSyntaxException"/>.</summary>
public static class SyntaxErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document is longer than <see cref="ParserOptions.MaxDocumentLength"/>.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The document has more tokens than <see cref="ParserOptions.MaxTokens"/>.</summary>
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";

    /// <summary>The document nests deeper than <see cref="ParserOptions.MaxDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
}
