using GraphApi.GraphQL.Introspection;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// The field definitions an operation may select (see <see cref="OperationAdmission.Fields"/>): a superset of what
/// execution resolves, so a check over them cannot be sidestepped with a fragment on an interface or union.
/// </summary>
internal sealed class OperationFieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
{
    private readonly HashSet<FieldDefinition> _fields = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(NamedType, SelectionSetNode)> _visited = [];

    public IReadOnlyCollection<FieldDefinition> Collect(ObjectType rootType, SelectionSetNode selectionSet)
    {
        Visit(rootType, selectionSet);
        return [.. _fields];
    }

    private void Visit(NamedType parentType, SelectionSetNode selectionSet)
    {
        if (!_visited.Add((parentType, selectionSet)))
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    VisitField(parentType, field);
                    break;
                case InlineFragmentNode inline:
                    Visit(inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) ?? parentType : parentType, inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Visit(schema.GetType(fragment.TypeCondition.Name.Value) ?? parentType, fragment.SelectionSet);
                    break;
            }
        }
    }

    private void VisitField(NamedType parentType, FieldNode node)
    {
        var name = node.Name.Value;
        NamedType? childType = null;
        if (IntrospectionFields.Find(schema, parentType, name) is { } meta)
        {
            _fields.Add(meta);
            childType = meta.Type.GetNamedType();
        }
        else
        {
            if ((parentType as IComplexOutputType)?.Fields.Find(name) is { } definition)
            {
                _fields.Add(definition);
                childType = definition.Type.GetNamedType();
            }

            if (parentType is InterfaceType or UnionType)
            {
                foreach (var possible in schema.GetPossibleTypes(parentType))
                {
                    if (possible.Fields.Find(name) is { } implementation)
                    {
                        _fields.Add(implementation);
                        childType ??= implementation.Type.GetNamedType();
                    }
                }
            }
        }

        if (node.SelectionSet is { } selectionSet && childType is not null)
        {
            Visit(childType, selectionSet);
        }
    }
}
