using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.5.1.2 Fragment Spread Type Existence
/// <summary>Every type a document names (in variables and type conditions) exists in the schema.</summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    /// <inheritdoc />
    public override bool EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
        var typeName = node.Name.Value;
        if (context.Schema.GetType(typeName) is not null || IsDefinedInDocument(context.Document, typeName))
        {
            return true;
        }

        var isSdl = context.Definition is ITypeSystemDefinitionNode or ITypeSystemExtensionNode;
        if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
        {
            return true;
        }

        var suggestions = context.HideSuggestions ? [] : Suggestions.List(typeName, Candidates(context, isSdl));
        context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node);
        return true;
    }

    private static bool IsDefinedInDocument(DocumentNode document, string typeName)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is ITypeDefinitionNode type && type.Name.Value == typeName)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Candidates(ValidationContext context, bool isSdl)
    {
        if (isSdl)
        {
            foreach (var name in StandardTypeNames)
            {
                yield return name;
            }
        }

        foreach (var name in context.Schema.Types.Keys)
        {
            yield return name;
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is ITypeDefinitionNode type)
            {
                yield return type.Name.Value;
            }
        }
    }
}
