using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Execution.Pipeline;

// Spec §6.1 Executing Requests: only a valid document runs.
/// <summary>Validates the document once; the result is kept with the prepared document.</summary>
internal sealed class ValidateDocumentStage : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context, RequestDelegate next)
    {
        var prepared = context.Prepared!;
        var errors = prepared.ValidationErrors ??= WithCode(DocumentValidator.Validate(context.Schema, prepared.Document));
        if (errors.Count > 0)
        {
            context.Result = OperationResult.FromErrors(errors);
            return ValueTask.CompletedTask;
        }

        return next(context);
    }

    private static IReadOnlyList<GraphQLError> WithCode(IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count == 0)
        {
            return errors;
        }

        var coded = new GraphQLError[errors.Count];
        for (var i = 0; i < coded.Length; i++)
        {
            var error = errors[i];
            coded[i] = error.Code is not null
                ? error
                : new GraphQLError(error.Message, error.Locations, error.Path, new Dictionary<string, object?>(error.Extensions ?? new Dictionary<string, object?>()) { ["code"] = ErrorCodes.ValidationFailed });
        }

        return coded;
    }
}
