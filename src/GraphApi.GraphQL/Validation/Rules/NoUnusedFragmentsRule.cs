using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.5.1.4 Fragments Must Be Used
/// <summary>Every fragment defined is used by some operation, directly or through other fragments.</summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        List<OperationDefinitionNode>? operations = null;
        var hasFragments = false;
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                (operations ??= []).Add(operation);
            }
            else
            {
                hasFragments |= definition is FragmentDefinitionNode;
            }
        }

        if (!hasFragments)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in context.GetRecursivelyReferencedFragmentsForOperations(operations ?? []))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
