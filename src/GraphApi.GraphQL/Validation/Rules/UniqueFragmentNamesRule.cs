using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.5.1.1 Fragment Name Uniqueness
/// <summary>No two fragments share a name.</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ValidationRule CreateVisitor(ValidationContext context) => new UniqueFragmentNamesRule();

    /// <inheritdoc />
    public override bool EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) => false;

    /// <inheritdoc />
    public override bool EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (!_knownNames.TryAdd(name.Value, name))
        {
            context.ReportError($"There can be only one fragment named \"{name.Value}\".", _knownNames[name.Value], name);
        }

        return false;
    }
}
