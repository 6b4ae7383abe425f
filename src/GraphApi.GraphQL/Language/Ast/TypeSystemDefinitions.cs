namespace GraphApi.GraphQL.Language.Ast;

/// <summary>A named type's definition or extension.</summary>
public interface ITypeDefinitionNode : ITypeSystemDefinitionNode, INamedSyntaxNode, IHasDirectives, IHasDescription;

// Spec §3.3 Schema
/// <summary><c>schema @directives { query: Query ... }</c>.</summary>
public sealed class SchemaDefinitionNode : SyntaxNode, ITypeSystemDefinitionNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The root operation types.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

/// <summary>One root operation type of a schema: <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    /// <summary>Which operation.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>The object type that serves it.</summary>
    public required NamedTypeNode Type { get; init; }
}

// Spec §3.5 Scalars
/// <summary><c>scalar Name @directives</c>.</summary>
public sealed class ScalarTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

// Spec §3.6 Objects
/// <summary><c>type Name implements A &amp; B @directives { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The interfaces implemented.</summary>
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The fields, in source order.</summary>
    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}

/// <summary>A field of an object or interface type: <c>name(args): Type @directives</c>.</summary>
public sealed class FieldDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The field's arguments.</summary>
    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }

    /// <summary>The field's type.</summary>
    public required ITypeNode Type { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary>An argument or an input object field: <c>name: Type = default @directives</c>.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The value's type.</summary>
    public required ITypeNode Type { get; init; }

    /// <summary>The default value, a constant; null when there is none.</summary>
    public IValueNode? DefaultValue { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

// Spec §3.7 Interfaces
/// <summary><c>interface Name implements A @directives { fields }</c>.</summary>
public sealed class InterfaceTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The interfaces implemented.</summary>
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The fields, in source order.</summary>
    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}

// Spec §3.8 Unions
/// <summary><c>union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The member types.</summary>
    public required IReadOnlyList<NamedTypeNode> Types { get; init; }
}

// Spec §3.9 Enums
/// <summary><c>enum Name @directives { VALUES }</c>.</summary>
public sealed class EnumTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The values, in source order.</summary>
    public required IReadOnlyList<EnumValueDefinitionNode> Values { get; init; }
}

/// <summary>One value of an enum type.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

// Spec §3.10 Input Objects
/// <summary><c>input Name @directives { fields }</c>.</summary>
public sealed class InputObjectTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The input fields, in source order.</summary>
    public required IReadOnlyList<InputValueDefinitionNode> Fields { get; init; }
}

// Spec §3.13 Directives
/// <summary><c>directive @name(args) repeatable on LOCATION | LOCATION</c>.</summary>
public sealed class DirectiveDefinitionNode : SyntaxNode, ITypeSystemDefinitionNode, INamedSyntaxNode, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The directive's arguments.</summary>
    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }

    /// <summary>Whether the directive may appear more than once at one location.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The locations where it may appear, as written (validated against <c>DirectiveLocation</c>).</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
