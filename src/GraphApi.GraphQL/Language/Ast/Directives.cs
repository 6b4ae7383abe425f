namespace GraphApi.GraphQL.Language.Ast;

// Spec §2.12 Directives
/// <summary>A directive applied to a node: <c>@name(arguments)</c>.</summary>
public sealed class DirectiveNode : SyntaxNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The arguments, in source order.</summary>
    public required IReadOnlyList<ArgumentNode> Arguments { get; init; }
}
