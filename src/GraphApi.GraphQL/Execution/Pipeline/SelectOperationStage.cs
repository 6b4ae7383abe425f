using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Execution.Pipeline;

// Spec §6.1 GetOperation
/// <summary>Picks the operation to run: the named one, or the only one.</summary>
internal sealed class SelectOperationStage : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context, RequestDelegate next)
    {
        var name = context.Request.OperationName;
        OperationDefinitionNode? selected = null;
        var count = 0;
        foreach (var definition in context.Document!.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (name is null ? count == 1 : operation.Name?.Value == name)
            {
                selected = operation;
            }
        }

        string? problem = (name, count, selected) switch
        {
            (_, 0, _) => "Must provide an operation.",
            (null, > 1, _) => "Must provide operation name if query contains multiple operations.",
            (not null, _, null) => $"Unknown operation named \"{name}\".",
            _ => null,
        };
        if (problem is not null)
        {
            context.Result = OperationResult.FromErrors([new GraphQLError(problem, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.BadRequest })]);
            return ValueTask.CompletedTask;
        }

        var rootType = context.Schema.GetRootType(selected!.Operation);
        if (rootType is null)
        {
            context.Result = OperationResult.FromErrors([GraphQLError.At($"Schema is not configured to execute {selected.Operation.ToString().ToLowerInvariant()} operation.", ErrorCodes.OperationNotSupported, selected)]);
            return ValueTask.CompletedTask;
        }

        context.Operation = selected;
        return next(context);
    }
}
