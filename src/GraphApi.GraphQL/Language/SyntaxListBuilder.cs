using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// One shared stack on which the parser collects the items of every list it is building (lists
/// nest, so they stack), then copies each finished list into an array of exactly its size. Saves
/// a growing <see cref="List{T}"/> per list; the parser keeps it for its next parse.
/// </summary>
internal sealed class SyntaxListBuilder
{
    private object?[] _items = new object?[64];
    private int _count;

    // How far this parse has filled the stack: finished lists leave their items behind (they are
    // in the tree anyway) and Clear drops them all in one call, instead of one call per list.
    private int _highWater;

    /// <summary>Drops every item this parse put on the stack, so the stack holds on to nothing of it.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, Math.Max(_count, _highWater));
        _count = 0;
        _highWater = 0;
    }

    /// <summary>Where a new list starts; pass it to <see cref="ToArray{T}"/>.</summary>
    public int Start => _count;

    /// <summary>Adds an item to the innermost list being built.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(object item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        // _items is exactly an object[], so the store needs no covariance check.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), _count++) = item;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref _items, _items.Length * 2);

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

        _highWater = Math.Max(_highWater, _count);
        _count = start;
        return array;
    }
}
