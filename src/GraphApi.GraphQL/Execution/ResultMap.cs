using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// One object of the response: response keys in selection order with their completed values
/// (null, leaves, nested maps, or arrays of them). Sized once, filled by index, cheaper than a dictionary.
/// </summary>
public class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly object?[]? _values;
    private string[] _keys;

    // The executor's maps share their keys with every map of the same selection; Set copies them before changing one.
    private bool _sharedKeys;

    // The shared keys as JSON, encoded once per selection; null once a key is changed.
    private JsonEncodedText[]? _encodedKeys;

    /// <summary>Creates a map for <paramref name="count"/> response keys.</summary>
    public ResultMap(int count)
    {
        _keys = new string[count];
        _values = new object?[count];
    }

    private ResultMap(string[] keys, JsonEncodedText[] encodedKeys, bool inline)
    {
        _keys = keys;
        _encodedKeys = encodedKeys;
        _sharedKeys = true;
        _values = inline ? null : new object?[keys.Length];
    }

    /// <summary>
    /// A map whose keys are <paramref name="keys"/> (<paramref name="encodedKeys"/> as JSON), shared and never modified;
    /// values are set with <see cref="SetValue"/>.
    /// Up to 16 values live in the map object itself rather than in an array of their own: a response has one map per object.
    /// </summary>
    internal static ResultMap Create(string[] keys, JsonEncodedText[] encodedKeys) => keys.Length switch
    {
        1 => new Inline<ResultValues1>(keys, encodedKeys),
        2 => new Inline<ResultValues2>(keys, encodedKeys),
        3 => new Inline<ResultValues3>(keys, encodedKeys),
        4 => new Inline<ResultValues4>(keys, encodedKeys),
        5 => new Inline<ResultValues5>(keys, encodedKeys),
        6 => new Inline<ResultValues6>(keys, encodedKeys),
        7 => new Inline<ResultValues7>(keys, encodedKeys),
        8 => new Inline<ResultValues8>(keys, encodedKeys),
        <= 10 => new Inline<ResultValues10>(keys, encodedKeys),
        <= 12 => new Inline<ResultValues12>(keys, encodedKeys),
        <= 16 => new Inline<ResultValues16>(keys, encodedKeys),
        _ => new ResultMap(keys, encodedKeys, inline: false),
    };

    /// <summary>The values, in key order.</summary>
    private protected virtual Span<object?> Slots => _values;

    /// <inheritdoc />
    public int Count => _keys.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _keys;

    /// <inheritdoc />
    public IEnumerable<object?> Values => Slots.ToArray();

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Sets the key and value at a position.</summary>
    public void Set(int index, string key, object? value)
    {
        if (_sharedKeys && !ReferenceEquals(_keys[index], key))
        {
            _keys = (string[])_keys.Clone();
            _sharedKeys = false;
            _encodedKeys = null;
        }

        _keys[index] = key;
        Slots[index] = value;
    }

    /// <summary>Sets the value at a position, leaving the key as it is.</summary>
    internal void SetValue(int index, object? value) => Slots[index] = value;

    /// <summary>The keys encoded as JSON property names, when the map still has the keys of its selection.</summary>
    internal JsonEncodedText[]? EncodedKeys => _encodedKeys;

    /// <summary>The key at a position.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at a position.</summary>
    public object? ValueAt(int index) => Slots[index];

    /// <inheritdoc />
    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? Slots[index] : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], ValueAt(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Inline<TValues>(string[] keys, JsonEncodedText[] encodedKeys) : ResultMap(keys, encodedKeys, inline: true)
        where TValues : struct
    {
        private TValues _slots;

        private protected override Span<object?> Slots => MemoryMarshal.CreateSpan(ref Unsafe.As<TValues, object?>(ref _slots), Count);
    }
}
