using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Execution;

/// <summary>What a client asks: a document (as text or parsed), the operation to run, its variables and context.</summary>
public sealed class ExecutionRequest
{
    /// <summary>The document's text; ignored when <see cref="Document"/> is set.</summary>
    public string? Query { get; init; }

    /// <summary>A document parsed already (persisted operations).</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>Which operation of the document to run; may be omitted when there is only one.</summary>
    public string? OperationName { get; init; }

    /// <summary>Variable values, JSON-shaped (see <see cref="JsonInput"/> to read them from JSON).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> entry.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The services resolvers may ask for (a per-request scope on a server).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>State shared by every resolver of the request, such as the authenticated principal.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>The value root fields are resolved on.</summary>
    public object? RootValue { get; init; }

    /// <summary>Runs batched loads (DataLoader) when the executor is waiting for them; null when the request batches nothing.</summary>
    public IBatchDispatcher? BatchDispatcher { get; init; }
}

/// <summary>Dispatches queued batches while a query or mutation waits, so that loads started together run as one batch.</summary>
public interface IBatchDispatcher
{
    /// <summary>
    /// Called once the executor has started every field it can and waits on <paramref name="operation"/>:
    /// dispatch queued batches whenever there is no other work, until <paramref name="operation"/> completes.
    /// </summary>
    Task RunUntilCompleteAsync(Task operation);
}
