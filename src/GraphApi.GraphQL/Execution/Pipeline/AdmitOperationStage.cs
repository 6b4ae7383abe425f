namespace GraphApi.GraphQL.Execution.Pipeline;

/// <summary>Asks <see cref="ExecutionOptions.AdmitOperation"/> whether the operation may run; a refusal ends the request with no data.</summary>
internal sealed class AdmitOperationStage : IRequestStage
{
    public async ValueTask InvokeAsync(RequestContext context, RequestDelegate next)
    {
        if (context.Options.AdmitOperation is not { } admit)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var operation = context.Operation!;
        var prepared = context.Prepared!;
        var rootType = context.Schema.GetRootType(operation.Operation)!;
        var cost = context.Cost ?? new OperationComplexityAnalyzer(context.Schema, prepared.Fragments, context.Variables!, context.Options.DefaultListSize)
            .Measure(rootType, operation.SelectionSet).Cost;
        var fields = prepared.Fields.GetOrAdd(operation, static (node, state) => new OperationFieldCollector(state.Schema, state.Prepared.Fragments).Collect(state.RootType, node.SelectionSet), (context.Schema, Prepared: prepared, RootType: rootType));
        if (await admit(new OperationAdmission(context.Request, operation, cost, fields, context.CancellationToken)).ConfigureAwait(false) is { } refusal)
        {
            context.Result = OperationResult.FromErrors([refusal]);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
