using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.5.2.3 Fragment spread is possible
/// <summary>A fragment is spread only where some object could be of both its type and the enclosing type.</summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (context.Type is NamedType fragmentType && TypeComparators.IsCompositeType(fragmentType)
            && context.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError($"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".", node);
        }

        return true;
    }

    /// <inheritdoc />
    public override bool EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        var fragmentName = node.Name.Value;
        if (context.GetFragment(fragmentName) is { } fragment
            && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType
            && TypeComparators.IsCompositeType(fragmentType)
            && context.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError($"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".", node);
        }

        return true;
    }
}
