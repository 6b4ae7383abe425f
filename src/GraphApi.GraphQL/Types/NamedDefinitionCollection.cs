using System.Collections;

namespace GraphApi.GraphQL.Types;

/// <summary>Definitions in declaration order, looked up by name; a name may be added once.</summary>
/// <typeparam name="T">The kind of definition.</typeparam>
public abstract class NamedDefinitionCollection<T> : IReadOnlyList<T>
{
    private readonly List<T> _ordered = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);
    private readonly Func<T, string> _nameOf;
    private readonly string _kind;

    /// <summary>Creates an empty collection.</summary>
    /// <param name="nameOf">Reads a definition's name.</param>
    /// <param name="kind">What the definitions are, for the duplicate-name message ("A field", "An input value").</param>
    private protected NamedDefinitionCollection(Func<T, string> nameOf, string kind)
    {
        _nameOf = nameOf;
        _kind = kind;
    }

    /// <inheritdoc />
    public int Count => _ordered.Count;

    /// <inheritdoc />
    public T this[int index] => _ordered[index];

    /// <summary>Adds a definition; its name must be new.</summary>
    /// <exception cref="ArgumentException">When the name is already taken.</exception>
    public void Add(T definition)
    {
        var name = _nameOf(definition);
        if (!_byName.TryAdd(name, definition))
        {
            throw new ArgumentException($"{_kind} named \"{name}\" is already defined.", nameof(definition));
        }

        _ordered.Add(definition);
    }

    /// <summary>Finds a definition by name.</summary>
    public T? Find(string name) => _byName.GetValueOrDefault(name);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => _ordered.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
