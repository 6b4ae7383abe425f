using System.Diagnostics.CodeAnalysis;

namespace GraphApi.GraphQL.Language.Ast;

// Spec §2.3 Operations
/// <summary>A query, mutation or subscription, named or anonymous (the query shorthand included).</summary>
public sealed class OperationDefinitionNode : SyntaxNode, IExecutableDefinitionNode, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>The description (graphql-js 16.11+ accepts descriptions on executable definitions); null when there is none.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>Query, mutation or subscription.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>The operation's name; null when anonymous.</summary>
    public NameNode? Name { get; init; }

    /// <summary>The variables the operation declares.</summary>
    public required IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <inheritdoc />
    public required SelectionSetNode SelectionSet { get; init; }
}

// Spec §2.10 Variables
/// <summary>A variable declared by an operation: <c>$name: Type = default @directives</c>.</summary>
public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>The description (graphql-js 16.11+ accepts descriptions on executable definitions); null when there is none.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The variable.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The variable's declared type.</summary>
    public required ITypeNode Type { get; init; }

    /// <summary>The default value, a constant; null when there is none.</summary>
    public IValueNode? DefaultValue { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

// Spec §2.4 Selection Sets
/// <summary>A selection set: <c>{ ... }</c>.</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <summary>The selections, in source order.</summary>
    public required IReadOnlyList<ISelectionNode> Selections { get; init; }
}

/// <summary>A field, a fragment spread or an inline fragment.</summary>
public interface ISelectionNode : IHasDirectives
{
    /// <summary>The node's kind.</summary>
    SyntaxKind Kind { get; }

    /// <summary>Where the selection stands in the source.</summary>
    Location Location { get; }
}

// Spec §2.5 Fields
/// <summary>A field selection: <c>alias: name(arguments) @directives { ... }</c>.</summary>
public sealed class FieldNode : SyntaxNode, ISelectionNode, INamedSyntaxNode
{
    // Alias, arguments and directives, which most fields lack, share one side object: a field
    // without them is 16 bytes smaller, and the parser builds it without storing them.
    private Extras? _extras;

    /// <summary>Creates a field; its members are set with an object initializer.</summary>
    public FieldNode()
    {
    }

    // The parser's commonest field, without alias, arguments or directives.
#pragma warning disable CS8618 // Arguments and Directives read as empty lists while there are no extras.
    [SetsRequiredMembers]
    internal FieldNode(NameNode name, SelectionSetNode? selectionSet, Location location)
    {
        Name = name;
        SelectionSet = selectionSet;
        Location = location;
    }
#pragma warning restore CS8618

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The alias; null when the response key is the field's name.</summary>
    public NameNode? Alias
    {
        get => _extras?.Alias;
        init
        {
            if (value is not null)
            {
                ExtrasToSet.Alias = value;
            }
        }
    }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The arguments, in source order.</summary>
    public required IReadOnlyList<ArgumentNode> Arguments
    {
        get => _extras?.Arguments ?? [];
        init
        {
            if (value.Count != 0)
            {
                ExtrasToSet.Arguments = value;
            }
        }
    }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives
    {
        get => _extras?.Directives ?? [];
        init
        {
            if (value.Count != 0)
            {
                ExtrasToSet.Directives = value;
            }
        }
    }

    /// <summary>The sub-selection; null for a leaf field.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key under which the field's result appears: the alias if any, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;

    private Extras ExtrasToSet => _extras ??= new Extras();

    private sealed class Extras
    {
        public NameNode? Alias;
        public IReadOnlyList<ArgumentNode>? Arguments;
        public IReadOnlyList<DirectiveNode>? Directives;
    }
}

// Spec §2.6 Arguments
/// <summary>An argument given to a field or a directive: <c>name: value</c>.</summary>
public sealed class ArgumentNode : SyntaxNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The argument's value.</summary>
    public required IValueNode Value { get; init; }
}

// Spec §2.8 Fragments
/// <summary>A named fragment spread: <c>...Name @directives</c>.</summary>
public sealed class FragmentSpreadNode : SyntaxNode, ISelectionNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

// Spec §2.8.2 Inline Fragments
/// <summary>An inline fragment: <c>... on Type @directives { ... }</c>, the type condition optional.</summary>
public sealed class InlineFragmentNode : SyntaxNode, ISelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary>The type condition; null when the fragment applies to the enclosing type.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The fragment's selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

// Spec §2.8 Fragments
/// <summary>A fragment definition: <c>fragment Name on Type @directives { ... }</c>.</summary>
public sealed class FragmentDefinitionNode : SyntaxNode, IExecutableDefinitionNode, INamedSyntaxNode, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>The description (graphql-js 16.11+ accepts descriptions on executable definitions); null when there is none.</summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The type the fragment applies to.</summary>
    public required NamedTypeNode TypeCondition { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <inheritdoc />
    public required SelectionSetNode SelectionSet { get; init; }
}
