using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.5.2.1 Fragment spread target defined
/// <summary>Every fragment spread names a fragment defined in the document.</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }

        return true;
    }
}
