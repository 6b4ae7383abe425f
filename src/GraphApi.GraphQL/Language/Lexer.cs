using System.Globalization;
using System.Text;

namespace GraphApi.GraphQL.Language;

// Spec §2.1 Source Text
/// <summary>
/// Turns GraphQL source text into tokens, one at a time, skipping ignored tokens (BOM, white
/// space, line terminators, commas and comments). Reads the string by index and allocates only
/// the values of string tokens. Errors are <see cref="GraphQLSyntaxException"/>s worded as in graphql-js 16.
/// </summary>
public struct Lexer
{
    private readonly string _source;
    private string? _stringValue;
    private int _line;
    private int _lineStart;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    public Lexer(string source)
    {
        _source = source;
        _line = 1;
        _lineStart = 0;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0);
        LastToken = Token;
    }

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>The decoded value of the current token when it is a string or block string.</summary>
    /// <remarks>Kept beside the token rather than in it: a token without references copies without GC write barriers.</remarks>
    public readonly string? StringValue => _stringValue;

    /// <summary>The token before the current one.</summary>
    public Token LastToken { get; private set; }

    /// <summary>The source text.</summary>
    public readonly string Source => _source;

    /// <summary>Moves to the next token and returns it; at the end it keeps returning end of file.</summary>
    public Token Advance()
    {
        MoveNext();
        return Token;
    }

    /// <summary>Moves to the next token; the parser's <see cref="Advance"/>, without copying the token out.</summary>
    internal void MoveNext()
    {
        LastToken = Token;
        if (Token.Kind != TokenKind.EndOfFile)
        {
            Token = ReadNextToken(Token.End);
        }
    }

    /// <summary>Returns the token after the current one without moving.</summary>
    public readonly Token Lookahead()
    {
        var copy = this;
        return copy.Advance();
    }

    /// <summary>The decoded value of a string or block string token read earlier (one from <see cref="Lookahead"/>, say); null for other kinds.</summary>
    public readonly string? StringValueOf(in Token token)
    {
        if (token.Kind is not (TokenKind.String or TokenKind.BlockString))
        {
            return null;
        }

        var rereader = this;
        rereader.Token = new Token(TokenKind.StartOfFile, token.Start, token.Start, token.Line, token.Column);
        rereader.MoveNext();
        return rereader._stringValue;
    }

    /// <summary>The text of a token, e.g. a name or a number as written.</summary>
    public readonly ReadOnlySpan<char> Span(in Token token) => _source.AsSpan(token.Start, token.End - token.Start);

    private Token ReadNextToken(int start)
    {
        var body = _source;
        var position = start;
        while ((uint)position < (uint)body.Length)
        {
            var code = body[position];

            // Runs of spaces (indentation) are the commonest ignored characters: skip them in a tight loop.
            if (code == ' ')
            {
                do
                {
                    position++;
                }
                while ((uint)position < (uint)body.Length && body[position] == ' ');

                continue;
            }

            switch (code)
            {
                // Spec §2.1.1 White Space, §2.1.5 Insignificant Commas, §2.1.2 Unicode BOM
                case '\uFEFF':
                case '\t':
                case ',':
                    position++;
                    continue;

                // Spec §2.1.3 Line Terminators
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < body.Length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;

                // Spec §2.1.4 Comments
                case '#':
                    position = SkipComment(position);
                    continue;

                // Spec §2.1.8 Punctuators
                case '!': return Create(TokenKind.Bang, position, position + 1);
                case '$': return Create(TokenKind.Dollar, position, position + 1);
                case '&': return Create(TokenKind.Amp, position, position + 1);
                case '(': return Create(TokenKind.ParenLeft, position, position + 1);
                case ')': return Create(TokenKind.ParenRight, position, position + 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return Create(TokenKind.Spread, position, position + 3);
                    }

                    break;
                case ':': return Create(TokenKind.Colon, position, position + 1);
                case '=': return Create(TokenKind.Equals, position, position + 1);
                case '@': return Create(TokenKind.At, position, position + 1);
                case '[': return Create(TokenKind.BracketLeft, position, position + 1);
                case ']': return Create(TokenKind.BracketRight, position, position + 1);
                case '{': return Create(TokenKind.BraceLeft, position, position + 1);
                case '|': return Create(TokenKind.Pipe, position, position + 1);
                case '}': return Create(TokenKind.BraceRight, position, position + 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                        ? $"Unexpected character: {PrintCodePointAt(position)}."
                        : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        return Create(TokenKind.EndOfFile, body.Length, body.Length);
    }

    private readonly Token Create(TokenKind kind, int start, int end) =>
        new(kind, start, end, _line, 1 + start - _lineStart);

    // -1 past the end, like charCodeAt's NaN, which matches nothing.
    private readonly int CharAt(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    private readonly int SkipComment(int start)
    {
        var body = _source;
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    // Spec §2.9.1 Int Value, §2.9.2 Float Value
    private readonly Token ReadNumber(int start, char firstCode)
    {
        var position = start;
        var code = (int)firstCode;
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                code = CharAt(++position);
            }

            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        // Numbers cannot be followed by . or NameStart (the spec's lookahead restriction).
        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return Create(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    // Spec §2.9.4 String Value
    private Token ReadString(int start)
    {
        var body = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                string result;
                if (value is null)
                {
                    result = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    result = value.ToString();
                }

                _stringValue = result;
                return Create(TokenKind.String, start, position + 1);
            }

            if (code == '\\')
            {
                value ??= new StringBuilder(position - start + 16);
                value.Append(body, chunkStart, position - chunkStart);
                position += CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private readonly int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;

        // Cannot be larger than 12 chars (\u{00000000}).
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                // Must be at least 5 chars (\u{0}) and encode a Unicode scalar value.
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private readonly int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        // Surrogate pair escapes (\uD83D\uDE00) are allowed when they form a valid pair.
        if (IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailingCode = Read16BitHexCode(position + 8);
            if (IsTrailingSurrogate(trailingCode))
            {
                value.Append((char)code).Append((char)trailingCode);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private readonly int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12)
        | (ReadHexDigit(CharAt(position + 1)) << 8)
        | (ReadHexDigit(CharAt(position + 2)) << 4)
        | ReadHexDigit(CharAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private readonly int ReadEscapedCharacter(int position, StringBuilder value)
    {
        var escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => '\0',
        };
        if (escaped == '\0')
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        value.Append(escaped);
        return 2;
    }

    // Spec §2.9.4 String Value (block strings)
    private Token ReadBlockString(int start)
    {
        var body = _source;
        var lineStart = _lineStart;
        var lineCount = 1;
        var position = start + 3;
        var hasEscapedQuotes = false;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                var raw = body.AsSpan(start + 3, position - start - 3);
                _stringValue = BlockString.Dedent(raw, hasEscapedQuotes);
                var token = Create(TokenKind.BlockString, start, position + 3);
                _line += lineCount - 1;
                _lineStart = lineStart;
                return token;
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                hasEscapedQuotes = true;
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                lineCount++;
                lineStart = position;
                continue;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    // Spec §2.1.9 Names
    private readonly Token ReadName(int start)
    {
        var body = _source;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        return Create(TokenKind.Name, start, position);
    }

    private readonly string Slice(int start, int end) =>
        _source.Substring(start, Math.Min(end, _source.Length) - start);

    // Printable ASCII quoted, anything else as U+XXXX, past the end as <EOF>.
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        int code = _source[position];
        if (char.IsHighSurrogate((char)code) && IsSupplementaryCodePoint(position))
        {
            code = char.ConvertToUtf32(_source[position], _source[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private readonly bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(CharAt(position)) && IsTrailingSurrogate(CharAt(position + 1));

    private readonly GraphQLSyntaxException Error(int position, string description) =>
        GraphQLSyntaxException.At(_source, position, description);

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;

    private static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;

    private static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    private static bool IsNameStart(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    private static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);
}
