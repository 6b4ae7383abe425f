using System.Runtime.CompilerServices;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// A small cache of name and number strings, one per parser (and parsers are kept per thread), so
/// that the names a schema or query repeats (field names, type names, keywords) are allocated once
/// rather than once per token.
/// </summary>
internal static class NameCache
{
    private const int Size = 1024;
    private const int MaxCachedLength = 64;

    /// <summary>An empty cache, to pass to <see cref="Get"/>.</summary>
    public static string?[] Create() => new string?[Size];

    /// <summary>The string for these characters, from the cache when it holds it.</summary>
    /// <remarks>Not inlined: inlined into every name the parser reads, it made those callers' frames large.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string Get(string?[] cache, ReadOnlySpan<char> chars)
    {
        // new string(span) rather than span.ToString(): taking the span's address would keep it in memory, not registers.
        if (chars.Length > MaxCachedLength)
        {
            return new string(chars);
        }

        if (chars.IsEmpty)
        {
            return "";
        }

        // Length and four characters spread names well enough, at a constant cost; independent products
        // keep the multiplications off one dependency chain. A collision only costs an allocation.
        var hash = ((uint)chars.Length * 0x9E3779B1u)
            + (chars[0] * 0x85EBCA6Bu)
            + (chars[^1] * 0xC2B2AE35u)
            + (chars[chars.Length >> 1] * 0x27D4EB2Fu)
            + (chars[chars.Length >> 2] * 0x165667B1u);
        hash ^= hash >> 15;

        var slot = (int)(hash & (Size - 1));
        var cached = cache[slot];
        if (cached is not null && chars.SequenceEqual(cached))
        {
            return cached;
        }

        var created = new string(chars);
        cache[slot] = created;
        return created;
    }
}
