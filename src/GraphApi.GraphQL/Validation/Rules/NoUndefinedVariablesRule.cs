using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.8.3 All Variable Uses Defined
/// <summary>Every variable an operation uses, directly or through fragments, is defined by it.</summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode operation)
    {
        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (IsDefined(operation, name))
            {
                continue;
            }

            context.ReportError(
                operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.",
                usage.Node,
                operation);
        }
    }

    private static bool IsDefined(OperationDefinitionNode operation, string name)
    {
        var definitions = operation.VariableDefinitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i].Variable.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
