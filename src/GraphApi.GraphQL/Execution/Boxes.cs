using System.Runtime.CompilerServices;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Shared boxes for the small value-type values resolvers return most (counts, list indexes, flags, enum members):
/// resolvers return <see cref="object"/>, and a dashboard-sized result otherwise boxes thousands of them per request.
/// Boxes are immutable, so sharing them is invisible to callers.
/// </summary>
internal static class Boxes
{
    private const int MinInt = -128;
    private const int MaxInt = 1023;

    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] Ints = CreateInts();

    /// <summary>A box holding <paramref name="value"/>, shared for -128 to 1023.</summary>
    public static object Int(int value) =>
        (uint)(value - MinInt) < (uint)Ints.Length ? Ints[value - MinInt] : value;

    /// <summary>One of two shared boxes.</summary>
    public static object Bool(bool value) => value ? True : False;

    /// <summary>A box holding <paramref name="value"/>, shared for the enum's defined members numbered 0 to 255.</summary>
    public static object Enum<T>(T value)
        where T : struct, System.Enum
    {
        var cache = EnumBoxes<T>.Cache;
        if (cache.Length > 0)
        {
            var number = Unsafe.As<T, int>(ref value);
            if ((uint)number < (uint)cache.Length && cache[number] is { } boxed)
            {
                return boxed;
            }
        }

        return value;
    }

    private static object[] CreateInts()
    {
        var ints = new object[MaxInt - MinInt + 1];
        for (var i = 0; i < ints.Length; i++)
        {
            ints[i] = i + MinInt;
        }

        return ints;
    }

    private static class EnumBoxes<T>
        where T : struct, System.Enum
    {
        /// <summary>Indexed by the member's number; empty unless the enum is int-based, so that reading it as an int is sound.</summary>
        public static readonly object?[] Cache = Create();

        private static object?[] Create()
        {
            if (System.Enum.GetUnderlyingType(typeof(T)) != typeof(int))
            {
                return [];
            }

            var members = System.Enum.GetValues<T>();
            var numbers = Array.ConvertAll(members, member => Unsafe.As<T, int>(ref member));
            var size = numbers.Where(number => number is >= 0 and < 256).DefaultIfEmpty(-1).Max() + 1;
            var cache = new object?[size];
            for (var i = 0; i < members.Length; i++)
            {
                if (numbers[i] is >= 0 and < 256)
                {
                    cache[numbers[i]] = members[i];
                }
            }

            return cache;
        }
    }
}
