namespace GraphApi.GraphQL.Language.Ast;

/// <summary>An extension of a named type.</summary>
public interface ITypeExtensionNode : ITypeSystemExtensionNode, INamedSyntaxNode, IHasDirectives;

// Spec §3.3.2 Schema Extension
/// <summary><c>extend schema @directives { mutation: Mutation }</c>.</summary>
public sealed class SchemaExtensionNode : SyntaxNode, ITypeSystemExtensionNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The root operation types added.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

// Spec §3.5.1 Scalar Extensions
/// <summary><c>extend scalar Name @directives</c>.</summary>
public sealed class ScalarTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

// Spec §3.6.3 Object Extensions
/// <summary><c>extend type Name implements A @directives { fields }</c>.</summary>
public sealed class ObjectTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The interfaces added.</summary>
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The fields added.</summary>
    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}

// Spec §3.7.1 Interface Extensions
/// <summary><c>extend interface Name implements A @directives { fields }</c>.</summary>
public sealed class InterfaceTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The interfaces added.</summary>
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The fields added.</summary>
    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}

// Spec §3.8.1 Union Extensions
/// <summary><c>extend union Name @directives = C</c>.</summary>
public sealed class UnionTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The member types added.</summary>
    public required IReadOnlyList<NamedTypeNode> Types { get; init; }
}

// Spec §3.9.1 Enum Extensions
/// <summary><c>extend enum Name @directives { VALUES }</c>.</summary>
public sealed class EnumTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The values added.</summary>
    public required IReadOnlyList<EnumValueDefinitionNode> Values { get; init; }
}

// Spec §3.10.1 Input Object Extensions
/// <summary><c>extend input Name @directives { fields }</c>.</summary>
public sealed class InputObjectTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The input fields added.</summary>
    public required IReadOnlyList<InputValueDefinitionNode> Fields { get; init; }
}
