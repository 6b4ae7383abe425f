using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>The field selections merged under one response key for one object type, with the field they select.</summary>
internal sealed class CollectedField(string responseKey, FieldDefinition definition, FieldNode first, ObjectType owner)
{
    private List<FieldNode>? _more;
    private IReadOnlyList<FieldNode>? _nodes;

    public string ResponseKey { get; } = responseKey;

    public FieldDefinition Definition { get; } = definition;

    /// <summary>The object type the field was collected for.</summary>
    public ObjectType Owner { get; } = owner;

    /// <summary>The first selection; its arguments are the field's (validation makes merged selections agree).</summary>
    public FieldNode Node { get; } = first;

    /// <summary>Whether this field belongs to a cached collection, so its own sub-collection may be cached too.</summary>
    public bool IsShared { get; set; }

    /// <summary>All the merged selections; one list per collected field, as resolvers of every parent object ask for it.</summary>
    public IReadOnlyList<FieldNode> Nodes => _nodes ??= _more is null ? [Node] : [Node, .. _more];

    /// <summary>Whether any selection has a sub-selection to merge.</summary>
    public bool HasSelections => Node.SelectionSet is not null || _more is not null;

    public void Merge(FieldNode node)
    {
        (_more ??= []).Add(node);
        _nodes = null;
    }

    public IEnumerable<SelectionSetNode> SelectionSets()
    {
        if (Node.SelectionSet is not null)
        {
            yield return Node.SelectionSet;
        }

        if (_more is not null)
        {
            foreach (var node in _more)
            {
                if (node.SelectionSet is not null)
                {
                    yield return node.SelectionSet;
                }
            }
        }
    }
}
