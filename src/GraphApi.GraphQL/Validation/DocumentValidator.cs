using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

// Spec §5 Validation
/// <summary>Checks an executable document against a schema with the spec's rules.</summary>
public static class DocumentValidator
{
    /// <summary>The <c>extensions.code</c> of every validation error.</summary>
    public const string ErrorCode = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>graphql-js's default limit: validation stops after this many errors.</summary>
    public const int DefaultMaxErrors = 100;

    internal static readonly IReadOnlyDictionary<string, object?> ErrorExtensions = new Dictionary<string, object?> { ["code"] = ErrorCode };

    /// <summary>Every error the specified rules find, in the order graphql-js reports them; empty when the document is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) =>
        Validate(schema, document, SpecifiedRules.All);

    /// <summary>Every error the given rules find, in the order graphql-js reports them; empty when the document is valid.</summary>
    /// <param name="schema">The schema to validate against.</param>
    /// <param name="document">The document to validate.</param>
    /// <param name="rules">The rules to apply, in the order their errors should come.</param>
    /// <param name="maxErrors">After this many errors validation stops, adding one last error that says so.</param>
    /// <param name="hideSuggestions">Whether to leave "Did you mean" suggestions out of messages.</param>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRule> rules,
        int maxErrors = DefaultMaxErrors,
        bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rules);

        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, errors, maxErrors, hideSuggestions);
        try
        {
            new DocumentWalker(context, rules).Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            if (aborted.Error is not null)
            {
                errors.Add(aborted.Error);
            }
        }

        return errors.Count == 0 ? [] : errors;
    }

    internal static GraphQLError CreateError(string message, ReadOnlySpan<SyntaxNode?> nodes)
    {
        List<ErrorLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node is { Location.IsKnown: true })
            {
                (locations ??= new List<ErrorLocation>(nodes.Length)).Add(new ErrorLocation(node.Location.Line, node.Location.Column));
            }
        }

        return new GraphQLError(message, locations, extensions: ErrorExtensions);
    }

}
