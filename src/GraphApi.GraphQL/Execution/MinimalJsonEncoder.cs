using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Escapes only what JSON requires (quotation mark, reverse solidus, control characters), in the
/// short forms JavaScript's <c>JSON.stringify</c> uses, so responses match graphql-js byte for byte:
/// text outside the Basic Multilingual Plane, such as emoji, is written as UTF-8 rather than surrogate escapes.
/// </summary>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    public static MinimalJsonEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (NeedsEscape(c))
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 == textLength || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                i++;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!WillEncode(unicodeScalar))
        {
            return TryWrite(buffer, bufferLength, new Rune(unicodeScalar).ToString(), out numberOfCharactersWritten);
        }

        return TryWrite(buffer, bufferLength, Escape(unicodeScalar), out numberOfCharactersWritten);
    }

    private static string Escape(int unicodeScalar) => unicodeScalar switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\b' => "\\b",
        '\f' => "\\f",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => $"\\u{unicodeScalar:x4}",
    };

    // Unpaired surrogates are escaped (\ud800) as JSON.stringify does, where the base encoder would substitute U+FFFD.
    public override OperationStatus Encode(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten, bool isFinalBlock = true)
    {
        charsConsumed = 0;
        charsWritten = 0;
        while (charsConsumed < source.Length)
        {
            var c = source[charsConsumed];
            var paired = char.IsHighSurrogate(c) && charsConsumed + 1 < source.Length && char.IsLowSurrogate(source[charsConsumed + 1]);
            var escape = paired || !(NeedsEscape(c) || char.IsSurrogate(c)) ? null : Escape(c);
            var length = paired ? 2 : escape?.Length ?? 1;
            if (charsWritten + length > destination.Length)
            {
                return OperationStatus.DestinationTooSmall;
            }

            if (escape is not null)
            {
                escape.CopyTo(destination[charsWritten..]);
            }
            else
            {
                source.Slice(charsConsumed, paired ? 2 : 1).CopyTo(destination[charsWritten..]);
            }

            charsWritten += length;
            charsConsumed += paired ? 2 : 1;
        }

        return OperationStatus.Done;
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    private static bool NeedsEscape(char c) => c < 0x20 || c == '"' || c == '\\';

    private static unsafe bool TryWrite(char* buffer, int bufferLength, string text, out int written)
    {
        if (text.Length > bufferLength)
        {
            written = 0;
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = text[i];
        }

        written = text.Length;
        return true;
    }
}
