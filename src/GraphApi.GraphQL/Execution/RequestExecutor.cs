using GraphApi.GraphQL.Execution.Pipeline;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Executes GraphQL requests against one schema through a pipeline of small stages: find the document
/// (parsed and validated once per query text), select the operation, coerce variables, guard depth and
/// cost, admit (authorization, rate limits), execute. Thread-safe; build one per schema and share it.
/// </summary>
public sealed class RequestExecutor
{
    private readonly ExecutionOptions _options;
    private readonly RequestDelegate _pipeline;

    /// <summary>Creates an executor with the standard stages.</summary>
    public RequestExecutor(Schema schema, ExecutionOptions? options = null)
    {
        Schema = schema;
        _options = options ?? new ExecutionOptions();
        var cache = new DocumentCache(schema, _options.DocumentCacheSize);
        IRequestStage[] stages =
        [
            new ParseDocumentStage(cache, _options.Parser),
            new ValidateDocumentStage(),
            new SelectOperationStage(),
            new CoerceVariablesStage(),
            new ComplexityGuardStage(),
            new AdmitOperationStage(),
            new ExecuteOperationStage(),
        ];
        _pipeline = Compose(stages);
    }

    /// <summary>The schema requests run against.</summary>
    public Schema Schema { get; }

    /// <summary>Executes a request: an <see cref="OperationResult"/>, or a <see cref="ResponseStream"/> for a subscription.</summary>
    public async Task<IExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        var context = new RequestContext(Schema, _options, request, cancellationToken);
        await _pipeline(context).ConfigureAwait(false);
        return context.Result ?? throw new InvalidOperationException("The request pipeline ended without a result.");
    }

    /// <summary>Executes a query or mutation; a subscription gets an error saying to subscribe instead.</summary>
    public async Task<OperationResult> ExecuteOperationAsync(ExecutionRequest request, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(request, cancellationToken).ConfigureAwait(false) switch
        {
            OperationResult result => result,
            _ => OperationResult.FromErrors([new GraphQLError("Subscriptions need a streaming transport: use WebSocket (graphql-transport-ws) or server-sent events.", extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.OperationNotSupported })]),
        };

    private static RequestDelegate Compose(IReadOnlyList<IRequestStage> stages)
    {
        RequestDelegate next = static _ => ValueTask.CompletedTask;
        for (var i = stages.Count - 1; i >= 0; i--)
        {
            var stage = stages[i];
            var rest = next;
            next = context => stage.InvokeAsync(context, rest);
        }

        return next;
    }
}
