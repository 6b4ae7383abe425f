using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads strings and objects from a client's JSON without letting text that is not Unicode through as an exception:
/// System.Text.Json parses a lone UTF-16 surrogate escape (<c>"\ud800"</c>) but throws when asked for the string.
/// Each reader here says where the string is instead.
/// </summary>
public static class ClientJson
{
    /// <summary>The string of a JSON string element; false when it holds a lone surrogate escape.</summary>
    public static bool TryGetString(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    /// <summary>
    /// The entries of a JSON object, as <see cref="JsonInput.ToDictionary"/> gives them; null with the reason when a
    /// string or property name in it is not Unicode (<paramref name="name"/> starts the path in the reason).
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? TryToDictionary(JsonElement value, string name, out string? error)
    {
        try
        {
            error = null;
            return JsonInput.ToDictionary(value);
        }
        catch (InvalidOperationException)
        {
            error = FindUnreadable(value, name) ?? $"\"{name}\" could not be read.";
            return null;
        }
    }

    /// <summary>
    /// The text of a JSON string element as the client escaped it, lone surrogates kept as they are, so that the
    /// GraphQL lexer can report the offending character at its place (graphql-js: <c>Invalid character: U+D800.</c>).
    /// </summary>
    public static string DecodeLeniently(JsonElement value) => DecodeLiteral(value.GetRawText());

    /// <summary>Decodes the JSON string literal <paramref name="raw"/> starts with, up to its closing quote.</summary>
    private static string DecodeLiteral(string raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var escape = raw[++i];
            if (escape == 'u')
            {
                text.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
                continue;
            }

            text.Append(escape switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => escape,
            });
        }

        return text.ToString();
    }

    /// <summary>Why a value cannot be read, with the path to the first string or name that is not Unicode; null when all can be.</summary>
    private static string? FindUnreadable(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when !TryGetString(value, out _):
                return $"{path} is not Unicode text: {DescribeSurrogate(DecodeLeniently(value))}.";
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return $"A property name in {path} is not Unicode text: {DescribeSurrogate(PropertyNameLeniently(property))}.";
                    }

                    if (FindUnreadable(property.Value, $"{path}.{name}") is { } error)
                    {
                        return error;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (FindUnreadable(item, $"{path}[{index++}]") is { } error)
                    {
                        return error;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    // A property's ToString() is its raw text, name literal first.
    private static string PropertyNameLeniently(JsonProperty property) => DecodeLiteral(property.ToString());

    /// <summary>Names the first lone surrogate in <paramref name="text"/>, as graphql-js prints code points.</summary>
    public static string DescribeSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return $"it holds a lone UTF-16 surrogate U+{(int)text[i]:X4} at character {i + 1}; send surrogates only in pairs";
            }
        }

        return "it is not valid UTF-16";
    }
}
