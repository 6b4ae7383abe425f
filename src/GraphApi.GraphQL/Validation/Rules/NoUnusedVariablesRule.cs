using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.8.4 All Variables Used
/// <summary>Every variable an operation defines is used, directly or through fragments.</summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode operation)
    {
        var definitions = operation.VariableDefinitions;
        if (definitions.Count == 0)
        {
            return;
        }

        var usages = context.GetRecursiveVariableUsages(operation);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!IsUsed(usages, name))
            {
                context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        for (var i = 0; i < usages.Count; i++)
        {
            if (usages[i].Node.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
