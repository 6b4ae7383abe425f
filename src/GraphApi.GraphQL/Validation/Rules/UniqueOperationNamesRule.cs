using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.2.1.1 Operation Name Uniqueness
/// <summary>No two operations share a name.</summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ValidationRule CreateVisitor(ValidationContext context) => new UniqueOperationNamesRule();

    /// <inheritdoc />
    public override bool EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is { } name && !_knownNames.TryAdd(name.Value, name))
        {
            context.ReportError($"There can be only one operation named \"{name.Value}\".", _knownNames[name.Value], name);
        }

        return false;
    }

    /// <inheritdoc />
    public override bool EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) => false;
}
