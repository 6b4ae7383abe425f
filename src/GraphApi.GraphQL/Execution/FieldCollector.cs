using System.Collections.Concurrent;
using GraphApi.GraphQL.Introspection;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

// Spec §6.3.2 Field Collection
/// <summary>
/// Collects the fields a selection set selects on an object type, through fragments, honouring
/// <c>@skip</c> and <c>@include</c>. Results that no variable influenced are cached per document.
/// </summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
{
    private readonly ConcurrentDictionary<(object Selections, ObjectType Type), CollectedFieldList> _cache = new();

    /// <summary>The root fields of an operation.</summary>
    public CollectedFieldList CollectRoot(ObjectType type, SelectionSetNode selectionSet, IReadOnlyDictionary<string, object?> variables) =>
        Collect(selectionSet, type, [selectionSet], variables);

    /// <summary>The fields selected below a field, for the object type its value resolved to.</summary>
    public CollectedFieldList CollectSubfields(ObjectType type, CollectedField field, IReadOnlyDictionary<string, object?> variables) =>
        // Looked up before SelectionSets() is called: its enumerator would otherwise be allocated for every object of a list.
        field.IsShared && _cache.TryGetValue((field, type), out var cached) ? cached : Collect(field, type, field.SelectionSets(), variables);

    private CollectedFieldList Collect(object key, ObjectType type, IEnumerable<SelectionSetNode> selectionSets, IReadOnlyDictionary<string, object?> variables)
    {
        // A field from an uncached collection is new on every request: caching below it would only grow the cache.
        var cacheable = key is not CollectedField { IsShared: false };
        if (cacheable && _cache.TryGetValue((key, type), out var cached))
        {
            return cached;
        }

        var collected = new List<CollectedField>();
        var dependsOnVariables = false;
        HashSet<string>? visitedFragments = null;
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(collected, type, selectionSet, variables, ref visitedFragments, ref dependsOnVariables);
        }

        var fields = new CollectedFieldList(collected);

        if (cacheable && !dependsOnVariables)
        {
            foreach (var field in fields)
            {
                field.IsShared = true;
            }

            _cache.TryAdd((key, type), fields);
        }

        return fields;
    }

    private void CollectInto(
        List<CollectedField> fields,
        ObjectType type,
        SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, object?> variables,
        ref HashSet<string>? visitedFragments,
        ref bool dependsOnVariables)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives, variables, ref dependsOnVariables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    AddField(fields, type, field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(inline.TypeCondition, type))
                    {
                        CollectInto(fields, type, inline.SelectionSet, variables, ref visitedFragments, ref dependsOnVariables);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if ((visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name)
                        && fragments.TryGetValue(name, out var fragment)
                        && Applies(fragment.TypeCondition, type))
                    {
                        CollectInto(fields, type, fragment.SelectionSet, variables, ref visitedFragments, ref dependsOnVariables);
                    }

                    break;
            }
        }
    }

    private void AddField(List<CollectedField> fields, ObjectType type, FieldNode node)
    {
        var key = node.ResponseKey;
        foreach (var existing in fields)
        {
            if (existing.ResponseKey == key)
            {
                existing.Merge(node);
                return;
            }
        }

        var name = node.Name.Value;
        var definition = type.Fields.Find(name) ?? IntrospectionFields.Find(schema, type, name);
        if (definition is not null)
        {
            fields.Add(new CollectedField(key, definition, node, type));
        }
    }

    private bool Applies(NamedTypeNode condition, ObjectType type)
    {
        var conditionType = schema.GetType(condition.Name.Value);
        return ReferenceEquals(conditionType, type) || (conditionType is not null && schema.IsSubType(conditionType, type));
    }

    // Spec §3.13.2 @skip, §3.13.3 @include
    private static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables, ref bool dependsOnVariables)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = false;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if")
                {
                    continue;
                }

                switch (argument.Value)
                {
                    case BooleanValueNode literal:
                        condition = literal.Value;
                        break;
                    case VariableNode variable:
                        dependsOnVariables = true;
                        condition = variables.TryGetValue(variable.Name.Value, out var value) && value is true;
                        break;
                }
            }

            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}
