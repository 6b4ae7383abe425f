using System.Collections;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

// Spec §3.6.1 Field Arguments, §3.10 Input Objects
/// <summary>An argument of a field or directive, or a field of an input object type.</summary>
public sealed class InputValueDefinition(string name, GraphQLType type)
{
    /// <summary>The name.</summary>
    public string Name { get; } = name;

    /// <summary>The type; must be an input type.</summary>
    public GraphQLType Type { get; set; } = type;

    /// <summary>The description, Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>The default value as a constant literal; null when there is none (a literal <c>null</c> default is a <see cref="NullValueNode"/>).</summary>
    public IValueNode? DefaultValue { get; set; }

    /// <summary>Whether a default value is declared.</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>Why it is deprecated; null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL definition it was built from, if any.</summary>
    public InputValueDefinitionNode? AstNode { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type}";
}

/// <summary>Arguments or input fields in declaration order, looked up by name.</summary>
public sealed class InputValueCollection : IReadOnlyList<InputValueDefinition>
{
    private readonly List<InputValueDefinition> _ordered = [];
    private readonly Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public int Count => _ordered.Count;

    /// <inheritdoc />
    public InputValueDefinition this[int index] => _ordered[index];

    /// <summary>Adds a value; its name must be new.</summary>
    /// <exception cref="ArgumentException">When the name is already taken.</exception>
    public void Add(InputValueDefinition value)
    {
        if (!_byName.TryAdd(value.Name, value))
        {
            throw new ArgumentException($"An input value named \"{value.Name}\" is already defined.", nameof(value));
        }

        _ordered.Add(value);
    }

    /// <summary>Finds a value by name.</summary>
    public InputValueDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <inheritdoc />
    public IEnumerator<InputValueDefinition> GetEnumerator() => _ordered.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
