using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.7.1 Directives Are Defined, §5.7.2 Directives Are In Valid Locations
/// <summary>Every directive used is defined, and is used where its definition allows.</summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    private static readonly string[] LocationNames =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    /// <inheritdoc />
    public override bool EnterDirective(ValidationContext context, DirectiveNode node)
    {
        var name = node.Name.Value;
        var documentDefinition = FindInDocument(context.Document, name);
        var schemaDefinition = documentDefinition is null ? context.Schema.GetDirective(name) : null;
        if (documentDefinition is null && schemaDefinition is null)
        {
            context.ReportError($"Unknown directive \"@{name}\".", node);
            return true;
        }

        if (context.DirectiveLocation is not { } location)
        {
            return true;
        }

        var allowed = documentDefinition is not null
            ? AllowsInDocument(documentDefinition, LocationNames[(int)location])
            : schemaDefinition!.Locations.Contains(location);
        if (!allowed)
        {
            context.ReportError($"Directive \"@{name}\" may not be used on {LocationNames[(int)location]}.", node);
        }

        return true;
    }

    // Directives defined in the document itself shadow the schema's (as graphql-js does).
    private static DirectiveDefinitionNode? FindInDocument(DocumentNode document, string name)
    {
        DirectiveDefinitionNode? found = null;
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is DirectiveDefinitionNode directive && directive.Name.Value == name)
            {
                found = directive;
            }
        }

        return found;
    }

    private static bool AllowsInDocument(DirectiveDefinitionNode definition, string location)
    {
        foreach (var allowed in definition.Locations)
        {
            if (allowed.Value == location)
            {
                return true;
            }
        }

        return false;
    }
}
