using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

// Spec §3.9 Enums
/// <summary>An enum type: a fixed set of named values, each mapped to a runtime value.</summary>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _byRuntimeValue = [];

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values, in declaration order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values => _values;

    /// <summary>Adds a value; its name and runtime value must be new.</summary>
    /// <exception cref="ArgumentException">When the name or runtime value is already taken.</exception>
    public void Add(EnumValueDefinition value)
    {
        if (!_byName.TryAdd(value.Name, value))
        {
            throw new ArgumentException($"Enum \"{Name}\" already has a value named \"{value.Name}\".", nameof(value));
        }

        if (!_byRuntimeValue.TryAdd(value.Value, value))
        {
            _byName.Remove(value.Name);
            throw new ArgumentException($"Enum \"{Name}\" already maps a value to runtime value \"{value.Value}\".", nameof(value));
        }

        _values.Add(value);
    }

    /// <summary>Finds a value by its GraphQL name.</summary>
    public EnumValueDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Finds a value by the runtime value it stands for.</summary>
    public EnumValueDefinition? FindByRuntimeValue(object runtimeValue) => _byRuntimeValue.GetValueOrDefault(runtimeValue);
}

/// <summary>One value of an enum type.</summary>
public sealed class EnumValueDefinition(string name, object? value = null)
{
    /// <summary>The value's GraphQL name, e.g. <c>IN_PROGRESS</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The runtime value it stands for (a CLR enum member, or the name itself by default).</summary>
    public object Value { get; } = value ?? name;

    /// <summary>The description, Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>Why the value is deprecated; null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL definition it was built from, if any.</summary>
    public EnumValueDefinitionNode? AstNode { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
