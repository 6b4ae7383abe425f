namespace GraphApi.GraphQL.Language.Ast;

// Spec §2.2 Document
/// <summary>A whole GraphQL document: executable definitions, type system definitions and extensions.</summary>
public sealed class DocumentNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <summary>The definitions, in source order.</summary>
    public required IReadOnlyList<IDefinitionNode> Definitions { get; init; }
}

/// <summary>Anything that may stand at the top level of a document.</summary>
public interface IDefinitionNode
{
    /// <summary>The node's kind.</summary>
    SyntaxKind Kind { get; }

    /// <summary>Where the definition stands in the source.</summary>
    Location Location { get; }
}

/// <summary>An operation or a fragment definition.</summary>
public interface IExecutableDefinitionNode : IDefinitionNode, IHasDirectives
{
    /// <summary>The definition's selection set.</summary>
    SelectionSetNode SelectionSet { get; }
}

/// <summary>A schema, type or directive definition.</summary>
public interface ITypeSystemDefinitionNode : IDefinitionNode;

/// <summary>A schema or type extension.</summary>
public interface ITypeSystemExtensionNode : IDefinitionNode;

/// <summary>The name of anything named; <see cref="Value"/> matches /[_A-Za-z][_0-9A-Za-z]*/.</summary>
public sealed class NameNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The name itself.</summary>
    public required string Value { get; init; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
