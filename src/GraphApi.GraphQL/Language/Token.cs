namespace GraphApi.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, its span in the source (<see cref="Start"/> inclusive,
/// <see cref="End"/> exclusive) and the 1-based line and column of its first character.
/// </summary>
/// <param name="Kind">The token's kind.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
/// <remarks>The decoded value of a string token is <see cref="Lexer.StringValue"/> while the token is current.</remarks>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column);
