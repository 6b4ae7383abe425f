namespace GraphApi.GraphQL.Language.Ast;

// Spec §2.11 Type References
/// <summary>A reference to a type: named, list or non-null.</summary>
public interface ITypeNode
{
    /// <summary>The node's kind.</summary>
    SyntaxKind Kind { get; }

    /// <summary>Where the type reference stands in the source.</summary>
    Location Location { get; }
}

/// <summary>A named type reference: <c>Request</c>.</summary>
public sealed class NamedTypeNode : SyntaxNode, ITypeNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <inheritdoc />
    public required NameNode Name { get; init; }
}

/// <summary>A list type reference: <c>[Type]</c>.</summary>
public sealed class ListTypeNode : SyntaxNode, ITypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <summary>The item type.</summary>
    public required ITypeNode Type { get; init; }
}

/// <summary>A non-null type reference: <c>Type!</c>; the inner type is never itself non-null.</summary>
public sealed class NonNullTypeNode : SyntaxNode, ITypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The nullable type wrapped.</summary>
    public required ITypeNode Type { get; init; }
}
