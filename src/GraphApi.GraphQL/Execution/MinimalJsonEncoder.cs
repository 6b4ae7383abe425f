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
            if (NeedsEscape(text[i]))
            {
                return i;
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

        var escape = unicodeScalar switch
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
        return TryWrite(buffer, bufferLength, escape, out numberOfCharactersWritten);
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
