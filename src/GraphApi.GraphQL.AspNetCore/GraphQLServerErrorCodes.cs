namespace GraphApi.GraphQL.AspNetCore;

/// <summary>The <c>extensions.code</c> values the transports add to the engine's.</summary>
public static class GraphQLServerErrorCodes
{
    /// <summary>The persisted document id is not registered.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Only persisted documents are accepted and the request sent query text.</summary>
    public const string PersistedQueryRequired = "PERSISTED_QUERY_REQUIRED";

    /// <summary>The request body exceeds the configured limit.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The request could not be read (malformed JSON, invalid parameters).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The operation type cannot be run over this method (a mutation over GET).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>
    /// The caller has used up its allowance for now: HTTP answers 429 with <c>Retry-After</c> taken from the error's
    /// <c>extensions.retryAfter</c> (seconds).
    /// </summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>A WebSocket already runs as many operations as <see cref="GraphQLServerOptions.MaxOperationsPerWebSocket"/> allows.</summary>
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";

    /// <summary>The server failed unexpectedly.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
