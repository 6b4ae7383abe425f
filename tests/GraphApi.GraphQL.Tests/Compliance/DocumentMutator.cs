namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>
/// Derives malformed and unusual documents from valid ones by small random edits: deleting,
/// inserting GraphQL punctuators, keywords and tricky characters, duplicating and truncating.
/// A fixed seed makes the same documents on every run.
/// </summary>
public sealed class DocumentMutator(int seed)
{
    private static readonly string[] Insertions =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "|", "&", "...", ".", ",", "-", "+",
        "\"", "\"\"\"", "\\", "\\u", "\\u{", "\\\"\"\"", "#", "\n", "\r", "\r\n", "\t", " ", "\uFEFF", "\u2028", "\u00A0", "\0",
        "on", "query", "mutation", "fragment", "type", "extend", "schema", "implements", "repeatable", "true", "null",
        "0", "1", "01", "1.5", "e", "E", ".5", "1e", "\"\\uD83D\"", "😀", "é", "'", "?", "~",
    ];

    private readonly Random random = new(seed);

    /// <summary>One to three random edits of <paramref name="source"/>, with lone surrogates dropped.</summary>
    public string Mutate(string source)
    {
        var mutated = source;
        var editCount = random.Next(1, 4);
        for (var edit = 0; edit < editCount; edit++)
        {
            mutated = Edit(mutated);
        }

        return WithoutLoneSurrogates(mutated);
    }

    private string Edit(string source)
    {
        var position = random.Next(source.Length + 1);
        switch (random.Next(5))
        {
            case 0 when source.Length > 0:
                return source.Remove(Math.Min(position, source.Length - 1), Math.Min(random.Next(1, 6), source.Length - Math.Min(position, source.Length - 1)));
            case 1 when source.Length > 0:
                var start = random.Next(source.Length);
                var slice = source.Substring(start, Math.Min(random.Next(1, 20), source.Length - start));
                return source.Insert(position, slice);
            case 2:
                return source[..position];
            default:
                return source.Insert(position, Insertions[random.Next(Insertions.Length)]);
        }
    }

    // A cut through a surrogate pair leaves half a character, which no JSON request can carry to the oracle.
    private static string WithoutLoneSurrogates(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                builder.Append(text, index, 2);
                index++;
            }
            else if (!char.IsSurrogate(text[index]))
            {
                builder.Append(text[index]);
            }
        }

        return builder.ToString();
    }
}
