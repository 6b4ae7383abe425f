using System.Collections;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// One object of the response: response keys in selection order with their completed values
/// (null, leaves, nested maps, or arrays of them). Sized once, filled by index, cheaper than a dictionary.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly object?[] _values;
    private string[] _keys;

    // The executor's maps share their keys with every map of the same selection; Set copies them before changing one.
    private bool _sharedKeys;

    /// <summary>Creates a map for <paramref name="count"/> response keys.</summary>
    public ResultMap(int count)
    {
        _keys = new string[count];
        _values = new object?[count];
    }

    /// <summary>Creates a map whose keys are <paramref name="keys"/>, shared and never modified; values are set with <see cref="SetValue"/>.</summary>
    internal ResultMap(string[] keys)
    {
        _keys = keys;
        _sharedKeys = true;
        _values = new object?[keys.Length];
    }

    /// <inheritdoc />
    public int Count => _keys.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _keys;

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values;

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Sets the key and value at a position.</summary>
    public void Set(int index, string key, object? value)
    {
        if (_sharedKeys && !ReferenceEquals(_keys[index], key))
        {
            _keys = (string[])_keys.Clone();
            _sharedKeys = false;
        }

        _keys[index] = key;
        _values[index] = value;
    }

    /// <summary>Sets the value at a position, leaving the key as it is.</summary>
    internal void SetValue(int index, object? value) => _values[index] = value;

    /// <summary>The key at a position.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at a position.</summary>
    public object? ValueAt(int index) => _values[index];

    /// <inheritdoc />
    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
