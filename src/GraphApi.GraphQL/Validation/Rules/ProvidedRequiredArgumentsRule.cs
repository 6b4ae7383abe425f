using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.4.2.1 Required Arguments
/// <summary>Every non-null argument without a default value is given.</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveField(ValidationContext context, FieldNode node)
    {
        if (context.FieldDefinition is not { } fieldDef)
        {
            return;
        }

        foreach (var argument in fieldDef.Arguments)
        {
            if (argument.Type is NonNullType && argument.DefaultValue is null && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError($"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
            }
        }
    }

    /// <inheritdoc />
    public override void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
        var name = node.Name.Value;
        DirectiveDefinitionNode? documentDefinition = null;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive && directive.Name.Value == name)
            {
                documentDefinition = directive;
            }
        }

        if (documentDefinition is not null)
        {
            foreach (var argument in documentDefinition.Arguments)
            {
                if (argument.Type is NonNullTypeNode && argument.DefaultValue is null && !IsProvided(node.Arguments, argument.Name.Value))
                {
                    context.ReportError($"Directive \"@{name}\" argument \"{argument.Name.Value}\" of type \"{Printer.PrintType(argument.Type)}\" is required, but it was not provided.", node);
                }
            }

            return;
        }

        if (context.Schema.GetDirective(name) is not { } schemaDirective)
        {
            return;
        }

        foreach (var argument in schemaDirective.Arguments)
        {
            if (argument.Type is NonNullType && argument.DefaultValue is null && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError($"Directive \"@{name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
            }
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
