using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using GraphApi.GraphQL.Language.Ast;

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

    // Spec §2.1.8 Punctuators, §2.1.9 Names: the token each ASCII character starts when that takes
    // no further look; StartOfFile for the characters that need more.
    private static readonly TokenKind[] SingleCharacterTokens = CreateSingleCharacterTokens();
    private int _line;
    private int _lineStart;

    // The current token field by field: the parser reads single fields right after they are
    // written, and a whole-struct copy of just-written fields stalls on store forwarding.
    private TokenKind _tokenKind;
    private int _tokenStart;
    private int _tokenEnd;
    private int _tokenLine;
    private int _tokenColumn;
    private int _lastEnd;

    // Kept by Advance only: the parser moves with MoveNext and needs no more of it than _lastEnd.
    private Token _lastToken;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    public Lexer(string source)
    {
        _source = source;
        _line = 1;
        _lineStart = 0;
        _tokenKind = TokenKind.StartOfFile;
        _lastToken = Token;
    }

    /// <summary>The current token.</summary>
    public readonly Token Token => new(_tokenKind, _tokenStart, _tokenEnd, _tokenLine, _tokenColumn);

    /// <summary>The decoded value of the current token when it is a string or block string.</summary>
    /// <remarks>Kept beside the token rather than in it: a token without references copies without GC write barriers.</remarks>
    public readonly string? StringValue => _stringValue;

    /// <summary>The token before the current one (kept by <see cref="Advance"/>).</summary>
    public readonly Token LastToken => _lastToken;

    /// <summary>The source text.</summary>
    public readonly string Source => _source;

    /// <summary>The current token's kind.</summary>
    internal readonly TokenKind CurrentKind => _tokenKind;

    /// <summary>The current token's location.</summary>
    internal readonly Location CurrentLocation => new(_tokenStart, _tokenEnd, _tokenLine, _tokenColumn);

    /// <summary>The current token's text.</summary>
    internal readonly ReadOnlySpan<char> CurrentSpan => _source.AsSpan(_tokenStart, _tokenEnd - _tokenStart);

    /// <summary>Where the token before the current one ends: where a node that ends with it ends.</summary>
    internal readonly int LastEnd => _lastEnd;

    /// <summary>Moves to the next token and returns it; at the end it keeps returning end of file.</summary>
    public Token Advance()
    {
        _lastToken = Token;
        MoveNext();
        return Token;
    }

    /// <summary>Moves to the next token: the parser's <see cref="Advance"/>, which keeps <see cref="LastEnd"/> but not <see cref="LastToken"/>.</summary>
    internal void MoveNext()
    {
        _lastEnd = _tokenEnd;
        if (_tokenKind != TokenKind.EndOfFile)
        {
            ReadNextToken(_tokenEnd);
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
        rereader._tokenKind = TokenKind.StartOfFile;
        rereader._tokenEnd = token.Start;
        rereader.MoveNext();
        return rereader._stringValue;
    }

    /// <summary>The text of a token, e.g. a name or a number as written.</summary>
    public readonly ReadOnlySpan<char> Span(in Token token) => _source.AsSpan(token.Start, token.End - token.Start);

    private void ReadNextToken(int start)
    {
        var body = _source;
        var position = start;
        while ((uint)position < (uint)body.Length)
        {
            var code = body[position];

            // Runs of spaces (indentation) are the commonest ignored characters: skip them eight at a time.
            if (code == ' ')
            {
                position = SkipSpaces(position + 1);
                continue;
            }

            // Spec §2.1.3 Line Terminators: a line feed, the next commonest, usually comes before indentation.
            if (code == '\n')
            {
                _line++;
                _lineStart = position + 1;
                position = SkipSpaces(position + 1);
                continue;
            }

            // Names and one-character punctuators make up most tokens: one table look-up finds them.
            if (code < 128)
            {
                var kind = SingleCharacterTokens[code];
                if (kind == TokenKind.Name)
                {
                    ReadName(position);
                    return;
                }

                if (kind != TokenKind.StartOfFile)
                {
                    SetToken(kind, position, position + 1);
                    return;
                }
            }

            switch (code)
            {
                // Spec §2.1.1 White Space, §2.1.5 Insignificant Commas, §2.1.2 Unicode BOM
                case '\uFEFF':
                case '\t':
                case ',':
                    position++;
                    continue;

                // Spec §2.1.3 Line Terminators (a line feed is handled above)
                case '\r':
                    position += position + 1 < body.Length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;

                // Spec §2.1.4 Comments
                case '#':
                    position = SkipComment(position);
                    continue;

                // Spec §2.1.8 Punctuators (the one-character ones are in SingleCharacterTokens)
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        SetToken(TokenKind.Spread, position, position + 3);
                        return;
                    }

                    break;
                case '"':
                    if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return;
            }

            if (IsDigit(code) || code == '-')
            {
                ReadNumber(position, code);
                return;
            }

            throw Error(
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                        ? "Unexpected character: " + PrintCodePointAt(position) + "."
                        : "Invalid character: " + PrintCodePointAt(position) + ".");
        }

        SetToken(TokenKind.EndOfFile, body.Length, body.Length);
    }

    private static TokenKind[] CreateSingleCharacterTokens()
    {
        var kinds = new TokenKind[128];
        foreach (var nameStart in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
        {
            kinds[nameStart] = TokenKind.Name;
        }

        kinds['!'] = TokenKind.Bang;
        kinds['$'] = TokenKind.Dollar;
        kinds['&'] = TokenKind.Amp;
        kinds['('] = TokenKind.ParenLeft;
        kinds[')'] = TokenKind.ParenRight;
        kinds[':'] = TokenKind.Colon;
        kinds['='] = TokenKind.Equals;
        kinds['@'] = TokenKind.At;
        kinds['['] = TokenKind.BracketLeft;
        kinds[']'] = TokenKind.BracketRight;
        kinds['{'] = TokenKind.BraceLeft;
        kinds['|'] = TokenKind.Pipe;
        kinds['}'] = TokenKind.BraceRight;
        return kinds;
    }

    private void SetToken(TokenKind kind, int start, int end)
    {
        _tokenKind = kind;
        _tokenStart = start;
        _tokenEnd = end;
        _tokenLine = _line;
        _tokenColumn = 1 + start - _lineStart;
    }

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
    private void ReadNumber(int start, char firstCode)
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
                throw Error(position, "Invalid number, unexpected digit after 0: " + PrintCodePointAt(position) + ".");
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
            throw Error(position, "Invalid number, expected digit but got: " + PrintCodePointAt(position) + ".");
        }

        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, "Invalid number, expected digit but got: " + PrintCodePointAt(start) + ".");
        }

        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    // Spec §2.9.4 String Value
    private void ReadString(int start)
    {
        var body = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            position = SkipPlainStringCharacters(position);
            if (position >= body.Length)
            {
                break;
            }

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
                    result = StringBuilderCache.ToStringAndRelease(value);
                }

                _stringValue = result;
                SetToken(TokenKind.String, start, position + 1);
                return;
            }

            if (code == '\\')
            {
                value ??= StringBuilderCache.Acquire(position - start + 16);
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
                throw Error(position, "Invalid character within String: " + PrintCodePointAt(position) + ".");
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

        throw Error(position, "Invalid Unicode escape sequence: \"" + Slice(position, position + size) + "\".");
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

        throw Error(position, "Invalid Unicode escape sequence: \"" + Slice(position, position + 6) + "\".");
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
            throw Error(position, "Invalid character escape sequence: \"" + Slice(position, position + 2) + "\".");
        }

        value.Append(escaped);
        return 2;
    }

    // Spec §2.9.4 String Value (block strings)
    private void ReadBlockString(int start)
    {
        var body = _source;
        var lineStart = _lineStart;
        var lineCount = 1;
        var position = start + 3;
        var hasEscapedQuotes = false;
        while (position < body.Length)
        {
            position = SkipPlainStringCharacters(position);
            if (position >= body.Length)
            {
                break;
            }

            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                var raw = body.AsSpan(start + 3, position - start - 3);
                _stringValue = BlockString.Dedent(raw, hasEscapedQuotes);
                SetToken(TokenKind.BlockString, start, position + 3);
                _line += lineCount - 1;
                _lineStart = lineStart;
                return;
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
                throw Error(position, "Invalid character within String: " + PrintCodePointAt(position) + ".");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private readonly int SkipSpaces(int start)
    {
        var body = _source;
        var position = start;
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(body.AsSpan()));
        while (position <= body.Length - Vector128<ushort>.Count)
        {
            var spaces = Vector128.Equals(Vector128.LoadUnsafe(ref chars, (nuint)position), Vector128.Create((ushort)' '))
                .ExtractMostSignificantBits();
            if (spaces != AllOfVector)
            {
                return position + BitOperations.TrailingZeroCount(~spaces);
            }

            position += Vector128<ushort>.Count;
        }

        while (position < body.Length && body[position] == ' ')
        {
            position++;
        }

        return position;
    }

    // Spec §2.1.9 Names
    private void ReadName(int start)
    {
        var body = _source;
        var position = start + 1;

        // Eight characters a vector; the mispredicted branch at a name's end then comes once per name, not once per character.
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(body.AsSpan()));
        while (position <= body.Length - Vector128<ushort>.Count)
        {
            var nameContinues = IsNameContinue(Vector128.LoadUnsafe(ref chars, (nuint)position)).ExtractMostSignificantBits();
            if (nameContinues != AllOfVector)
            {
                SetToken(TokenKind.Name, start, position + BitOperations.TrailingZeroCount(~nameContinues));
                return;
            }

            position += Vector128<ushort>.Count;
        }

        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        SetToken(TokenKind.Name, start, position);
    }

    // Spec §2.9.4: past the characters a string or block string takes as they are, eight at a time; stops at a quote,
    // a backslash, a line terminator or a surrogate (which the caller checks), or where fewer than eight remain.
    private readonly int SkipPlainStringCharacters(int position)
    {
        var body = _source;
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(body.AsSpan()));
        while (position <= body.Length - Vector128<ushort>.Count)
        {
            var code = Vector128.LoadUnsafe(ref chars, (nuint)position);
            var special = (Vector128.Equals(code, Vector128.Create((ushort)'"'))
                | Vector128.Equals(code, Vector128.Create((ushort)'\\'))
                | Vector128.Equals(code, Vector128.Create((ushort)'\n'))
                | Vector128.Equals(code, Vector128.Create((ushort)'\r'))
                | Vector128.Equals(code & Vector128.Create((ushort)0xF800), Vector128.Create((ushort)0xD800))).ExtractMostSignificantBits();
            if (special != 0)
            {
                return position + BitOperations.TrailingZeroCount(special);
            }

            position += Vector128<ushort>.Count;
        }

        return position;
    }

    // The mask of a vector whose every element matched.
    private const uint AllOfVector = (1u << 8) - 1;

    // IsNameContinue on eight characters at once, with the same unsigned range checks.
    private static Vector128<ushort> IsNameContinue(Vector128<ushort> code)
    {
        var letter = Vector128.LessThanOrEqual((code | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var digit = Vector128.LessThanOrEqual(code - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        return letter | digit | Vector128.Equals(code, Vector128.Create((ushort)'_'));
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
