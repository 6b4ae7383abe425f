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
public sealed class InputValueCollection() : NamedDefinitionCollection<InputValueDefinition>(static value => value.Name, "An input value");
