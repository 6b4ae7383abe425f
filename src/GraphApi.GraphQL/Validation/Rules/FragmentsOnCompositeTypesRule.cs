using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.5.1.3 Fragments On Composite Types
/// <summary>Fragments apply only to object, interface and union types.</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition && IsNonComposite(context, typeCondition))
        {
            context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(typeCondition)}\".", typeCondition);
        }

        return true;
    }

    /// <inheritdoc />
    public override bool EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (IsNonComposite(context, node.TypeCondition))
        {
            context.ReportError($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".", node.TypeCondition);
        }

        return true;
    }

    private static bool IsNonComposite(ValidationContext context, NamedTypeNode typeCondition) =>
        context.Schema.GetType(typeCondition.Name.Value) is { Kind: not (TypeKind.Object or TypeKind.Interface or TypeKind.Union) };
}
