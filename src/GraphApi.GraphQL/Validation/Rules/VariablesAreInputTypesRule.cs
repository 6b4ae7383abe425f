using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.8.2 Variables Are Input Types
/// <summary>Variables are declared with input types (scalars, enums, input objects).</summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        if (context.TypeFromAst(node.Type) is { IsInputType: false })
        {
            context.ReportError($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.PrintType(node.Type)}\".", (SyntaxNode)node.Type);
        }

        return true;
    }
}
