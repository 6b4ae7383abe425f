using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    /// <summary>Creates a named type.</summary>
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>The type's description, Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>The SDL definition the type was built from, if any.</summary>
    public ITypeDefinitionNode? AstNode { get; set; }

    /// <summary>The SDL extensions applied to the type, if any.</summary>
    public List<ITypeExtensionNode> ExtensionAstNodes { get; } = [];

    /// <inheritdoc />
    public override NamedType GetNamedType() => this;

    /// <summary>Whether this is one of the types every schema has (built-in scalars, introspection types).</summary>
    public bool IsBuiltIn => Name.StartsWith("__", StringComparison.Ordinal) || this is ScalarType { IsSpecified: true };

    /// <inheritdoc />
    public override string ToString() => Name;
}
