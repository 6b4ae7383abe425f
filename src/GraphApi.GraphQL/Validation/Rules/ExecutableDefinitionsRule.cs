using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.1.1 Executable Definitions
/// <summary>A document sent for execution holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is IExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition is SchemaDefinitionNode or SchemaExtensionNode
                ? "schema"
                : "\"" + ((INamedSyntaxNode)definition).Name.Value + "\"";
            context.ReportError($"The {name} definition is not executable.", (SyntaxNode)definition);
        }

        return false;
    }
}
