using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.8.1 Variable Uniqueness
/// <summary>No two variables of an operation share a name.</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            var name = definitions[i].Variable.Name.Value;
            if (IsSeenBefore(definitions, i, name))
            {
                continue;
            }

            List<SyntaxNode>? duplicates = null;
            for (var j = i + 1; j < definitions.Count; j++)
            {
                if (definitions[j].Variable.Name.Value == name)
                {
                    duplicates ??= [definitions[i].Variable.Name];
                    duplicates.Add(definitions[j].Variable.Name);
                }
            }

            if (duplicates is not null)
            {
                context.ReportError(DocumentValidator.CreateError($"There can be only one variable named \"${name}\".", [.. duplicates]));
            }
        }

        return true;
    }

    private static bool IsSeenBefore(IReadOnlyList<VariableDefinitionNode> definitions, int index, string name)
    {
        for (var i = 0; i < index; i++)
        {
            if (definitions[i].Variable.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
