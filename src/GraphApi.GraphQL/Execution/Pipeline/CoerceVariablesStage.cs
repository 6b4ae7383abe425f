namespace GraphApi.GraphQL.Execution.Pipeline;

// Spec §6.1.2 Coercing Variable Values
/// <summary>Coerces the request's variables to the operation's declared types; failures stop the request with no data.</summary>
internal sealed class CoerceVariablesStage : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context, RequestDelegate next)
    {
        var errors = new List<GraphQLError>();
        var variables = InputCoercion.CoerceVariableValues(context.Schema, context.Operation!, context.Request.Variables, errors);
        if (errors.Count > 0)
        {
            context.Result = OperationResult.FromErrors(errors);
            return ValueTask.CompletedTask;
        }

        context.Variables = variables;
        return next(context);
    }
}
