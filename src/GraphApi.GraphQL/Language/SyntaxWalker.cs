using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth first, in source order (graphql-js <c>visit</c> key order), calling
/// <see cref="Enter"/> before a node's children and <see cref="Leave"/> after them. During a call,
/// <see cref="Parent"/> and <see cref="Ancestors"/> describe where the node stands. Validation
/// rules and analyses derive from it; it allocates nothing per node.
/// </summary>
public abstract class SyntaxWalker
{
    private readonly List<SyntaxNode> _ancestors = [];
    private bool _stopped;

    /// <summary>The parent of the node being entered or left; null at the root.</summary>
    protected SyntaxNode? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    /// <summary>The ancestors of the node being entered or left, the root first and the parent last.</summary>
    protected IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>Walks the tree under <paramref name="root"/>, the root included.</summary>
    public void Walk(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _ancestors.Clear();
        _stopped = false;
        Visit(root);
    }

    /// <summary>Called before the node's children; return <see cref="VisitAction.Skip"/> to skip them.</summary>
    protected virtual VisitAction Enter(SyntaxNode node) => VisitAction.Continue;

    /// <summary>Called after the node's children; return <see cref="VisitAction.Stop"/> to end the walk.</summary>
    protected virtual VisitAction Leave(SyntaxNode node) => VisitAction.Continue;

    private void Visit(SyntaxNode? node)
    {
        if (node is null || _stopped)
        {
            return;
        }

        var action = Enter(node);
        if (action == VisitAction.Stop)
        {
            _stopped = true;
            return;
        }

        if (action == VisitAction.Skip)
        {
            return;
        }

        _ancestors.Add(node);
        VisitChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        if (!_stopped && Leave(node) == VisitAction.Stop)
        {
            _stopped = true;
        }
    }

    private void Visit(object? node) => Visit((SyntaxNode?)node);

    private void VisitAll<T>(IReadOnlyList<T> nodes)
    {
        for (var i = 0; i < nodes.Count && !_stopped; i++)
        {
            Visit((SyntaxNode?)(object?)nodes[i]);
        }
    }

    // Children in graphql-js QueryDocumentKeys order.
    private void VisitChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n: VisitAll(n.Definitions); break;
            case OperationDefinitionNode n:
                Visit(n.Description); Visit(n.Name); VisitAll(n.VariableDefinitions); VisitAll(n.Directives); Visit(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Visit(n.Description); Visit(n.Variable); Visit(n.Type); Visit(n.DefaultValue); VisitAll(n.Directives);
                break;
            case VariableNode n: Visit(n.Name); break;
            case SelectionSetNode n: VisitAll(n.Selections); break;
            case FieldNode n:
                Visit(n.Alias); Visit(n.Name); VisitAll(n.Arguments); VisitAll(n.Directives); Visit(n.SelectionSet);
                break;
            case ArgumentNode n: Visit(n.Name); Visit(n.Value); break;
            case FragmentSpreadNode n: Visit(n.Name); VisitAll(n.Directives); break;
            case InlineFragmentNode n: Visit(n.TypeCondition); VisitAll(n.Directives); Visit(n.SelectionSet); break;
            case FragmentDefinitionNode n:
                Visit(n.Description); Visit(n.Name); Visit(n.TypeCondition); VisitAll(n.Directives); Visit(n.SelectionSet);
                break;
            case ListValueNode n: VisitAll(n.Values); break;
            case ObjectValueNode n: VisitAll(n.Fields); break;
            case ObjectFieldNode n: Visit(n.Name); Visit(n.Value); break;
            case DirectiveNode n: Visit(n.Name); VisitAll(n.Arguments); break;
            case NamedTypeNode n: Visit(n.Name); break;
            case ListTypeNode n: Visit(n.Type); break;
            case NonNullTypeNode n: Visit(n.Type); break;
            case SchemaDefinitionNode n: Visit(n.Description); VisitAll(n.Directives); VisitAll(n.OperationTypes); break;
            case OperationTypeDefinitionNode n: Visit(n.Type); break;
            case ScalarTypeDefinitionNode n: Visit(n.Description); Visit(n.Name); VisitAll(n.Directives); break;
            case ObjectTypeDefinitionNode n:
                Visit(n.Description); Visit(n.Name); VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields);
                break;
            case FieldDefinitionNode n:
                Visit(n.Description); Visit(n.Name); VisitAll(n.Arguments); Visit(n.Type); VisitAll(n.Directives);
                break;
            case InputValueDefinitionNode n:
                Visit(n.Description); Visit(n.Name); Visit(n.Type); Visit(n.DefaultValue); VisitAll(n.Directives);
                break;
            case InterfaceTypeDefinitionNode n:
                Visit(n.Description); Visit(n.Name); VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields);
                break;
            case UnionTypeDefinitionNode n: Visit(n.Description); Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Types); break;
            case EnumTypeDefinitionNode n: Visit(n.Description); Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Values); break;
            case EnumValueDefinitionNode n: Visit(n.Description); Visit(n.Name); VisitAll(n.Directives); break;
            case InputObjectTypeDefinitionNode n: Visit(n.Description); Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Fields); break;
            case DirectiveDefinitionNode n: Visit(n.Description); Visit(n.Name); VisitAll(n.Arguments); VisitAll(n.Locations); break;
            case SchemaExtensionNode n: VisitAll(n.Directives); VisitAll(n.OperationTypes); break;
            case ScalarTypeExtensionNode n: Visit(n.Name); VisitAll(n.Directives); break;
            case ObjectTypeExtensionNode n: Visit(n.Name); VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields); break;
            case InterfaceTypeExtensionNode n: Visit(n.Name); VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields); break;
            case UnionTypeExtensionNode n: Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Types); break;
            case EnumTypeExtensionNode n: Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Values); break;
            case InputObjectTypeExtensionNode n: Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Fields); break;
        }
    }
}
