namespace GraphApi.GraphQL.Execution.Pipeline;

/// <summary>
/// Rejects, before any resolver runs, an operation nested deeper or estimated costlier than the options allow.
/// An operation is measured once per document unless a variable sets a page size.
/// </summary>
internal sealed class ComplexityGuardStage : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context, RequestDelegate next)
    {
        var options = context.Options;
        if (options.MaxDepth is null && options.MaxCost is null)
        {
            return next(context);
        }

        var operation = context.Operation!;
        var prepared = context.Prepared!;
        if (!prepared.Measures.TryGetValue(operation, out var measure))
        {
            var analyzer = new OperationComplexityAnalyzer(context.Schema, prepared.Fragments, context.Variables!, options.DefaultListSize);
            measure = analyzer.Measure(context.Schema.GetRootType(operation.Operation)!, operation.SelectionSet);
            if (!analyzer.ReadVariables)
            {
                prepared.Measures.TryAdd(operation, measure);
            }
        }

        var (depth, cost) = measure;
        context.Cost = cost;
        if (depth > options.MaxDepth)
        {
            context.Result = Reject($"The operation nests {depth} levels deep; at most {options.MaxDepth} are allowed.", ErrorCodes.MaxDepthExceeded, depth, options.MaxDepth.Value);
            return ValueTask.CompletedTask;
        }

        if (cost > options.MaxCost)
        {
            context.Result = Reject($"The operation's estimated cost is {cost}; at most {options.MaxCost} is allowed. Ask for fewer items (first/last) or fewer fields.", ErrorCodes.MaxCostExceeded, cost, options.MaxCost.Value);
            return ValueTask.CompletedTask;
        }

        return next(context);
    }

    private static OperationResult Reject(string message, string code, long measured, long limit) =>
        OperationResult.FromErrors([new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code, ["measured"] = measured, ["limit"] = limit })]);
}
