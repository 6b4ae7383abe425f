using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.2.2.1 Lone Anonymous Operation
/// <summary>An anonymous operation is the only operation of its document.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    /// <inheritdoc />
    public override ValidationRule CreateVisitor(ValidationContext context) => new LoneAnonymousOperationRule();

    /// <inheritdoc />
    public override bool EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                _operationCount++;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }

        return true;
    }
}
