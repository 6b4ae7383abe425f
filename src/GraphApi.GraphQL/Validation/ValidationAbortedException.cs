namespace GraphApi.GraphQL.Validation;

/// <summary>Stops a validation early (error limit or work budget reached); carries the error to append, if any.</summary>
internal sealed class ValidationAbortedException(GraphQLError? error) : Exception("Validation aborted.")
{
    public GraphQLError? Error { get; } = error;
}
