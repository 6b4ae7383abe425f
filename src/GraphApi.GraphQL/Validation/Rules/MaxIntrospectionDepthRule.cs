using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Not a spec rule: graphql-js 16 recommends it and runs it with the spec's rules.
/// <summary>Introspection may nest its list fields (fields, interfaces, possibleTypes, inputFields) at most two deep.</summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    // Per fragment, the greatest entry depth at which a check completed under the limit, and the smallest at which it reached it.
    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ValidationRule CreateVisitor(ValidationContext context) => new MaxIntrospectionDepthRule();

    /// <inheritdoc />
    public override bool EnterField(ValidationContext context, FieldNode node)
    {
        if (node.Name.Value is not ("__schema" or "__type"))
        {
            return true;
        }

        if (!ExceedsDepth(context, node, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            return true;
        }

        context.ReportError("Maximum introspection depth exceeded", node);
        return false;
    }

    private bool ExceedsDepth(ValidationContext context, ISelectionNode node, Dictionary<string, int> visitedFragments, int depth)
    {
        SelectionSetNode? selectionSet;
        switch (node)
        {
            case FragmentSpreadNode spread:
                var fragmentName = spread.Name.Value;
                if (_exceededFragments.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth)
                {
                    return true;
                }

                if ((visitedFragments.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth)
                    || (_checkedFragments.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
                {
                    return false;
                }

                if (context.GetFragment(fragmentName) is not { } fragment)
                {
                    return false;
                }

                visitedFragments[fragmentName] = depth;
                if (ExceedsDepthIn(context, fragment.SelectionSet, visitedFragments, depth))
                {
                    _exceededFragments[fragmentName] = depth;
                    return true;
                }

                _checkedFragments[fragmentName] = depth;
                return false;
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                {
                    return true;
                }

                selectionSet = field.SelectionSet;
                break;
            case InlineFragmentNode inline:
                selectionSet = inline.SelectionSet;
                break;
            default:
                return false;
        }

        return selectionSet is not null && ExceedsDepthIn(context, selectionSet, visitedFragments, depth);
    }

    private bool ExceedsDepthIn(ValidationContext context, SelectionSetNode selectionSet, Dictionary<string, int> visitedFragments, int depth)
    {
        foreach (var child in selectionSet.Selections)
        {
            if (ExceedsDepth(context, child, visitedFragments, depth))
            {
                return true;
            }
        }

        return false;
    }
}
