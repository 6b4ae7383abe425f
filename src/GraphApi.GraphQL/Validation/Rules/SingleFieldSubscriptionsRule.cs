using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.2.3.1 Single Root Field
/// <summary>A subscription selects exactly one root field, and not an introspection field.</summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return true;
        }

        context.SpendFragmentWork(context.Document.Definitions.Count);
        var fields = new List<(string ResponseKey, List<FieldNode> Nodes)>();
        CollectFields(context, subscriptionType, node.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));

        var operationName = node.Name?.Value;
        if (fields.Count > 1)
        {
            var extraFields = new List<SyntaxNode>();
            for (var i = 1; i < fields.Count; i++)
            {
                extraFields.AddRange(fields[i].Nodes);
            }

            context.ReportError(DocumentValidator.CreateError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                [.. extraFields]));
        }

        foreach (var (_, nodes) in fields)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(DocumentValidator.CreateError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    [.. nodes]));
            }
        }

        return true;
    }

    // graphql-js execution collectFields, with no variable values: @skip(if: true) and @include(if: false) literals exclude.
    private static void CollectFields(
        ValidationContext context,
        ObjectType runtimeType,
        SelectionSetNode selectionSet,
        List<(string ResponseKey, List<FieldNode> Nodes)> fields,
        HashSet<string> visitedFragmentNames)
    {
        SpendSelectionSetWork(context, selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field.Directives))
                    {
                        continue;
                    }

                    var key = field.ResponseKey;
                    var index = fields.FindIndex(entry => entry.ResponseKey == key);
                    if (index >= 0)
                    {
                        fields[index].Nodes.Add(field);
                    }
                    else
                    {
                        fields.Add((key, [field]));
                    }

                    break;
                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline.Directives) || !DoesConditionMatch(context.Schema, inline.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    CollectFields(context, runtimeType, inline.SelectionSet, fields, visitedFragmentNames);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragmentNames.Contains(name) || !ShouldInclude(spread.Directives))
                    {
                        continue;
                    }

                    visitedFragmentNames.Add(name);
                    if (context.GetFragment(name) is not { } fragment || !DoesConditionMatch(context.Schema, fragment.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    CollectFields(context, runtimeType, fragment.SelectionSet, fields, visitedFragmentNames);
                    break;
            }
        }
    }

    // graphql-js meters this walk so that fragment-heavy subscriptions cannot make validation expensive.
    private static void SpendSelectionSetWork(ValidationContext context, SelectionSetNode selectionSet)
    {
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            context.SpendFragmentWork(selection.Directives.Count);
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    context.SpendFragmentWork(directive.Arguments.Count);
                }
            }
        }
    }

    private static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if" && argument.Value is BooleanValueNode condition && condition.Value == (name == "skip"))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool DoesConditionMatch(Schema schema, NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionalType = schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionalType, type))
        {
            return true;
        }

        return conditionalType is InterfaceType or UnionType && schema.IsSubType(conditionalType, type);
    }
}
