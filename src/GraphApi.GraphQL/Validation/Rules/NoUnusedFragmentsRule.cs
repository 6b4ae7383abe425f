using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.5.1.4 Fragments Must Be Used
/// <summary>Every fragment defined is used by some operation, directly or through other fragments.</summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    /// <inheritdoc />
    public override ValidationRule CreateVisitor(ValidationContext context) => new NoUnusedFragmentsRule();

    /// <inheritdoc />
    public override bool EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        _operations.Add(node);
        return false;
    }

    /// <inheritdoc />
    public override bool EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        _fragments.Add(node);
        return false;
    }

    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        if (_fragments.Count == 0)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in context.GetRecursivelyReferencedFragmentsForOperations(_operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
