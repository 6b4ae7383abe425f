using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.4.1 Argument Names
/// <summary>Every argument given to a field or directive is defined by it.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterArgument(ValidationContext context, ArgumentNode node)
    {
        if (context.Argument is null && context.FieldDefinition is { } fieldDef && context.ParentType is { } parentType)
        {
            var argumentName = node.Name.Value;
            var suggestions = context.HideSuggestions ? [] : Suggestions.List(argumentName, ArgumentNames(fieldDef.Arguments));
            context.ReportError($"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + Suggestions.DidYouMean(suggestions), node);
        }

        return true;
    }

    /// <inheritdoc />
    public override bool EnterDirective(ValidationContext context, DirectiveNode node)
    {
        if (node.Arguments.Count == 0)
        {
            return false;
        }

        var directiveName = node.Name.Value;
        List<string>? knownArguments = null;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive && directive.Name.Value == directiveName)
            {
                knownArguments = [];
                foreach (var argument in directive.Arguments)
                {
                    knownArguments.Add(argument.Name.Value);
                }
            }
        }

        if (knownArguments is null && context.Schema.GetDirective(directiveName) is { } schemaDirective)
        {
            knownArguments = ArgumentNames(schemaDirective.Arguments);
        }

        if (knownArguments is null)
        {
            return false;
        }

        foreach (var argument in node.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (!knownArguments.Contains(argumentName))
            {
                var suggestions = context.HideSuggestions ? [] : Suggestions.List(argumentName, knownArguments);
                context.ReportError($"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions), argument);
            }
        }

        return false;
    }

    private static List<string> ArgumentNames(Types.InputValueCollection arguments)
    {
        var names = new List<string>(arguments.Count);
        foreach (var argument in arguments)
        {
            names.Add(argument.Name);
        }

        return names;
    }
}
