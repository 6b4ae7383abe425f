using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.8.5 All Variable Usages Are Allowed
/// <summary>Every variable is used only where its type (and default value) fits the expected type.</summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode operation)
    {
        var usages = context.GetRecursiveVariableUsages(operation);
        if (usages.Count == 0)
        {
            return;
        }

        foreach (var usage in usages)
        {
            var name = usage.Node.Name.Value;
            if (FindDefinition(operation, name) is not { } definition || usage.Type is null)
            {
                continue;
            }

            var variableType = context.TypeFromAst(definition.Type);
            if (variableType is null)
            {
                continue;
            }

            if (!IsAllowed(context.Schema, variableType, definition.DefaultValue, usage.Type, usage.DefaultValue))
            {
                context.ReportError($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } parentType && variableType is not NonNullType)
            {
                context.ReportError($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{parentType}\".", definition, usage.Node);
            }
        }
    }

    // The last definition wins when a name repeats, as in graphql-js.
    private static VariableDefinitionNode? FindDefinition(OperationDefinitionNode operation, string name)
    {
        var definitions = operation.VariableDefinitions;
        for (var i = definitions.Count - 1; i >= 0; i--)
        {
            if (definitions[i].Variable.Name.Value == name)
            {
                return definitions[i];
            }
        }

        return null;
    }

    // A nullable variable may stand where a non-null is expected when a non-null default covers it.
    private static bool IsAllowed(Schema schema, GraphQLType variableType, IValueNode? variableDefault, GraphQLType locationType, IValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
