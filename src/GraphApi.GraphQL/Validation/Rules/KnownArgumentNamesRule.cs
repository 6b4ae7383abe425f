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
        var documentDirective = context.GetDocumentDirective(directiveName);
        var schemaDirective = documentDirective is null ? context.Schema.GetDirective(directiveName) : null;
        if (documentDirective is null && schemaDirective is null)
        {
            return false;
        }

        foreach (var argument in node.Arguments)
        {
            var argumentName = argument.Name.Value;
            var isKnown = documentDirective is not null
                ? FindArgument(documentDirective, argumentName)
                : schemaDirective!.Arguments.Find(argumentName) is not null;
            if (isKnown)
            {
                continue;
            }

            var suggestions = context.HideSuggestions
                ? []
                : Suggestions.List(argumentName, documentDirective is not null ? ArgumentNames(documentDirective) : ArgumentNames(schemaDirective!.Arguments));
            context.ReportError($"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions), argument);
        }

        return false;
    }

    private static bool FindArgument(DirectiveDefinitionNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> ArgumentNames(DirectiveDefinitionNode directive)
    {
        var names = new List<string>(directive.Arguments.Count);
        foreach (var argument in directive.Arguments)
        {
            names.Add(argument.Name.Value);
        }

        return names;
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
