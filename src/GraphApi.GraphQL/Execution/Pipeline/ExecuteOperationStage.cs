using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Execution.Pipeline;

/// <summary>Runs the operation: one result for queries and mutations, a response stream for subscriptions.</summary>
internal sealed class ExecuteOperationStage : IRequestStage
{
    public async ValueTask InvokeAsync(RequestContext context, RequestDelegate next)
    {
        var prepared = context.Prepared!;
        var operation = context.Operation!;
        var operationContext = new OperationContext(
            context.Schema,
            operation,
            prepared.Fragments,
            prepared.Collector,
            context.Variables!,
            context.Request,
            context.Options,
            context.CancellationToken);
        var rootType = context.Schema.GetRootType(operation.Operation)!;
        context.Result = operation.Operation == OperationType.Subscription
            ? await OperationExecutor.SubscribeAsync(operationContext, rootType).ConfigureAwait(false)
            : await OperationExecutor.ExecuteAsync(operationContext, rootType).ConfigureAwait(false);
    }
}
