using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.3.3 Leaf Field Selections
/// <summary>Leaf fields (scalars, enums) have no selection set; other fields have a non-empty one.</summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterField(ValidationContext context, FieldNode node)
    {
        if (context.Type is not { } type)
        {
            return true;
        }

        var selectionSet = node.SelectionSet;
        if (type.GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum)
        {
            if (selectionSet is not null)
            {
                context.ReportError($"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (selectionSet is null)
        {
            context.ReportError($"Field \"{node.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{node.Name.Value} {{ ... }}\"?", node);
        }
        else if (selectionSet.Selections.Count == 0)
        {
            context.ReportError($"Field \"{node.Name.Value}\" of type \"{type}\" must have at least one field selected.", node);
        }

        return true;
    }
}
