namespace GraphApi.GraphQL.Language;

// Spec §2.1.6 Lexical Tokens
/// <summary>The kinds of token the <see cref="Lexer"/> produces (comments are skipped, not produced).</summary>
public enum TokenKind : byte
{
    /// <summary>Start of file: the lexer's state before the first token.</summary>
    StartOfFile,

    /// <summary>End of file.</summary>
    EndOfFile,

    /// <summary><c>!</c></summary>
    Bang,

    /// <summary><c>$</c></summary>
    Dollar,

    /// <summary><c>&amp;</c></summary>
    Amp,

    /// <summary><c>(</c></summary>
    ParenLeft,

    /// <summary><c>)</c></summary>
    ParenRight,

    /// <summary><c>...</c></summary>
    Spread,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>=</c></summary>
    Equals,

    /// <summary><c>@</c></summary>
    At,

    /// <summary><c>[</c></summary>
    BracketLeft,

    /// <summary><c>]</c></summary>
    BracketRight,

    /// <summary><c>{</c></summary>
    BraceLeft,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>}</c></summary>
    BraceRight,

    /// <summary>A name.</summary>
    Name,

    /// <summary>An integer literal.</summary>
    Int,

    /// <summary>A float literal.</summary>
    Float,

    /// <summary>A quoted string.</summary>
    String,

    /// <summary>A block string (<c>"""..."""</c>).</summary>
    BlockString,
}
