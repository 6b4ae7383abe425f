namespace GraphApi.GraphQL.Types;

/// <summary>Thrown when a schema being built breaks the spec's rules; lists every problem found.</summary>
public sealed class SchemaException(IReadOnlyList<GraphQLError> errors)
    : Exception("The schema is invalid:\n" + string.Join("\n", errors.Select(error => "- " + error.Message)))
{
    /// <summary>The problems, each naming the offending type and field.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
