using GraphApi.GraphQL.AspNetCore.Http;
using GraphApi.GraphQL.AspNetCore.Persisted;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// What every transport shares: resolves persisted documents, applies the persisted-only mode, and
/// runs requests on the engine's <see cref="RequestExecutor"/>.
/// </summary>
public sealed class GraphQLServer(RequestExecutor executor, PersistedOperationStore persisted, GraphQLServerOptions options)
{
    private const int OperationTypeCacheSize = 1_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Query, string? OperationName), OperationType?> _operationTypes = new();

    /// <summary>The engine executor.</summary>
    public RequestExecutor Executor { get; } = executor;

    /// <summary>The options.</summary>
    public GraphQLServerOptions Options { get; } = options;

    /// <summary>The registered persisted documents.</summary>
    public PersistedOperationStore PersistedOperations { get; } = persisted;

    /// <summary>An error result with one error carrying a code.</summary>
    public static OperationResult Error(string message, string code) =>
        OperationResult.FromErrors([new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code })]);

    /// <summary>
    /// Resolves the document text of a request: the query, or the persisted document its id names.
    /// Returns an error result instead when the id is unknown or only persisted documents are accepted.
    /// </summary>
    public OperationResult? ResolveDocument(GraphQLHttpRequest request, out string? query)
    {
        query = request.Query;
        if (request.DocumentId is { } id)
        {
            if (!PersistedOperations.TryGet(id, out var document))
            {
                return Error($"No persisted document has the id \"{id}\".", GraphQLServerErrorCodes.PersistedQueryNotFound);
            }

            query = document;
            return null;
        }

        if (Options.OnlyPersistedOperations && query is not null && !PersistedOperations.Contains(query))
        {
            return Error("This server accepts only persisted documents: send the document's id instead of its text.", GraphQLServerErrorCodes.PersistedQueryRequired);
        }

        return null;
    }

    /// <summary>
    /// The type of the operation a GET would run (null when the document does not parse or the operation
    /// is not found: the engine then answers with the error), remembered per query text so repeated GETs parse once here.
    /// </summary>
    public OperationType? OperationTypeOf(string query, string? operationName)
    {
        if (_operationTypes.TryGetValue((query, operationName), out var type))
        {
            return type;
        }

        type = FindOperationType(query, operationName, out _);
        if (_operationTypes.Count >= OperationTypeCacheSize)
        {
            _operationTypes.Clear();
        }

        _operationTypes[(query, operationName)] = type;
        return type;
    }

    /// <summary>The type of the operation a request would run, when its document parses and the operation is found.</summary>
    public static OperationType? FindOperationType(string query, string? operationName, out DocumentNode? document)
    {
        document = null;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLException)
        {
            return null;
        }

        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation
                && (operationName is null || operation.Name?.Value == operationName))
            {
                if (operationName is null && found is not null)
                {
                    return null;
                }

                found = operation;
            }
        }

        return found?.Operation;
    }

    /// <summary>Runs a request.</summary>
    public Task<IExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, string? query, DocumentNode? document, CancellationToken cancellationToken) =>
        Executor.ExecuteAsync(
            new ExecutionRequest
            {
                Query = document is null ? query : null,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                Services = new RequestServiceProvider(context),
                ContextData = new Dictionary<string, object?> { [nameof(HttpContext)] = context },
            },
            cancellationToken);
}
