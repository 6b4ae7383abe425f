namespace GraphApi.GraphQL.Language;

/// <summary>
/// A small per-thread cache of name and number strings, so that the names a schema or query
/// repeats (field names, type names, keywords) are allocated once rather than once per token.
/// </summary>
internal static class NameCache
{
    private const int Size = 1024;
    private const int MaxCachedLength = 64;

    [ThreadStatic]
    private static string?[]? entries;

    /// <summary>This thread's cache, to pass to <see cref="Get"/> (fetched once per parse).</summary>
    public static string?[] ForCurrentThread => entries ??= new string?[Size];

    /// <summary>The string for these characters, from the cache when it holds it.</summary>
    public static string Get(string?[] cache, ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxCachedLength)
        {
            return chars.ToString();
        }

        var hash = 2166136261u;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var slot = (int)(hash & (Size - 1));
        var cached = cache[slot];
        if (cached is not null && chars.SequenceEqual(cached))
        {
            return cached;
        }

        var created = chars.ToString();
        cache[slot] = created;
        return created;
    }
}
