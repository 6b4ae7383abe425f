using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// One shared stack on which the parser collects the items of every list it is building (lists
/// nest, so they stack), then copies each finished list into an array of exactly its size. Saves
/// a growing <see cref="List{T}"/> per list; the stack is reused by the next parse on the thread.
/// </summary>
internal sealed class SyntaxListBuilder
{
    [ThreadStatic]
    private static SyntaxListBuilder? cached;

    private object?[] _items = new object?[64];
    private int _count;

    /// <summary>Takes this thread's builder (a new one if another parse holds it).</summary>
    public static SyntaxListBuilder Rent()
    {
        var builder = cached ?? new SyntaxListBuilder();
        cached = null;
        builder._count = 0;
        return builder;
    }

    /// <summary>Gives the builder back for the next parse on this thread.</summary>
    public void Return() => cached = this;

    /// <summary>Where a new list starts; pass it to <see cref="ToArray{T}"/>.</summary>
    public int Start => _count;

    /// <summary>Adds an item to the innermost list being built.</summary>
    public void Add(object item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = item;
    }

    /// <summary>The items added since <paramref name="start"/>, as an array; removes them from the stack.</summary>
    public T[] ToArray<T>(int start)
        where T : class
    {
        var count = _count - start;
        if (count == 0)
        {
            return [];
        }

        var array = new T[count];

        // Only items of type T were added since start, so the array store needs no covariance check.
        ref var first = ref MemoryMarshal.GetArrayDataReference(array);
        for (var i = 0; i < count; i++)
        {
            Unsafe.Add(ref first, i) = Unsafe.As<T>(_items[start + i]!);
        }

        Array.Clear(_items, start, count);
        _count = start;
        return array;
    }
}
