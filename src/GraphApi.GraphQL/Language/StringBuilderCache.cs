using System.Text;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for string values with escapes and block strings: a dashboard's long
/// literals otherwise allocate a builder's chunks beside every value they make.
/// </summary>
internal static class StringBuilderCache
{
    // Larger builders are dropped rather than kept for the life of the thread.
    private const int MaxCachedCapacity = 16 * 1024;

    [ThreadStatic]
    private static StringBuilder? cached;

    /// <summary>An empty builder, the thread's cached one when it is free.</summary>
    public static StringBuilder Acquire(int capacity)
    {
        var builder = cached;
        if (builder is not null && capacity <= builder.Capacity)
        {
            cached = null;
            return builder;
        }

        return new StringBuilder(Math.Max(capacity, 64));
    }

    /// <summary>The builder's text; the builder goes back to the cache.</summary>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxCachedCapacity)
        {
            builder.Clear();
            cached = builder;
        }

        return text;
    }
}
