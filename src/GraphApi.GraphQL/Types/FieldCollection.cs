using System.Collections;

namespace GraphApi.GraphQL.Types;

/// <summary>The fields of an object or interface type, in declaration order, looked up by name.</summary>
public sealed class FieldCollection : IReadOnlyList<FieldDefinition>
{
    private readonly List<FieldDefinition> _ordered = [];
    private readonly Dictionary<string, FieldDefinition> _byName = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public int Count => _ordered.Count;

    /// <inheritdoc />
    public FieldDefinition this[int index] => _ordered[index];

    /// <summary>Adds a field; its name must be new.</summary>
    /// <exception cref="ArgumentException">When the name is already taken.</exception>
    public void Add(FieldDefinition field)
    {
        if (!_byName.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"A field named \"{field.Name}\" is already defined.", nameof(field));
        }

        _ordered.Add(field);
    }

    /// <summary>Finds a field by name.</summary>
    public FieldDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <inheritdoc />
    public IEnumerator<FieldDefinition> GetEnumerator() => _ordered.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
