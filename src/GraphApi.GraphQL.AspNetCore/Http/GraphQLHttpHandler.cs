using GraphApi.GraphQL.AspNetCore.Sse;
using GraphApi.GraphQL.AspNetCore.WebSockets;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphApi.GraphQL.AspNetCore.Http;

// GraphQL over HTTP (graphql/graphql-over-http): methods, media types and status codes
/// <summary>
/// The endpoint's entry: dispatches a request to the WebSocket, event-stream, SDL or plain
/// GraphQL-over-HTTP handling (the IDE page is an endpoint of its own), and never lets an exception out as a 500 with a stack trace.
/// </summary>
public sealed class GraphQLHttpHandler(GraphQLServer server, GraphQLWebSocketHandler webSockets, GraphQLSseHandler events, ILogger<GraphQLHttpHandler> logger)
{
    /// <summary>Handles one request to the endpoint.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await DispatchAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "GraphQL request failed");
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "Unexpected server error.", GraphQLServerErrorCodes.InternalServerError).ConfigureAwait(false);
            }
        }
    }

    private async Task DispatchAsync(HttpContext context)
    {
        var options = server.Options;
        var request = context.Request;
        if (context.WebSockets.IsWebSocketRequest && options.EnableWebSockets)
        {
            CreateServiceScopeNow(context);
            await webSockets.HandleAsync(context).ConfigureAwait(false);
            return;
        }

        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = options.EnableGetRequests ? "GET, POST" : "POST";
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, $"GraphQL requests use GET or POST, not {request.Method}.", GraphQLServerErrorCodes.MethodNotAllowed).ConfigureAwait(false);
            return;
        }

        if (isGet && options.EnableSdl && request.Query.ContainsKey("sdl"))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(SchemaPrinter.Print(server.Executor.Schema), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (options.EnableServerSentEvents && AcceptNegotiation.WantsEventStream(request))
        {
            CreateServiceScopeNow(context);
            await events.HandleAsync(context).ConfigureAwait(false);
            return;
        }

        var mediaType = AcceptNegotiation.Choose(request);
        if (mediaType is null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, "Accept application/graphql-response+json or application/json.", GraphQLServerErrorCodes.BadRequest).ConfigureAwait(false);
            return;
        }

        if (isGet && !options.EnableGetRequests)
        {
            context.Response.Headers.Allow = "POST";
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "GraphQL requests use POST here.", GraphQLServerErrorCodes.MethodNotAllowed, mediaType).ConfigureAwait(false);
            return;
        }

        var parsed = await ReadAsync(context, isGet).ConfigureAwait(false);
        if (parsed.Request is not { } graphQLRequest)
        {
            await GraphQLResponseWriter.WriteAsync(context, parsed.ErrorResult, parsed.StatusCode, mediaType).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(context, graphQLRequest, isGet, mediaType).ConfigureAwait(false);
    }

    /// <summary>Reads the request parameters of a GET or POST, answering 415 for a POST that is not JSON.</summary>
    internal async Task<RequestParseResult> ReadAsync(HttpContext context, bool isGet)
    {
        var request = context.Request;
        if (isGet)
        {
            return GraphQLRequestReader.FromQueryString(request.Query);
        }

        if (!IsPlainJson(request.ContentType) && RefuseContentType(request) is { } refused)
        {
            return refused;
        }

        return await GraphQLRequestReader.ReadBodyAsync(request, server.Options.MaxRequestBodySize, context.RequestAborted).ConfigureAwait(false);
    }

    // The values clients send nearly always, accepted without parsing the header.
    private static bool IsPlainJson(string? contentType) =>
        string.Equals(contentType, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        || string.Equals(contentType, MediaTypes.Json + "; charset=utf-8", StringComparison.OrdinalIgnoreCase);

    private static RequestParseResult? RefuseContentType(HttpRequest request)
    {
        var contentType = request.GetTypedHeaders().ContentType;
        if (contentType is null || !string.Equals(contentType.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return RequestParseResult.Fail("POST requests must have Content-Type: application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return RequestParseResult.Fail("Request bodies must be UTF-8.", StatusCodes.Status415UnsupportedMediaType);
        }

        return null;
    }

    private async Task ExecuteAsync(HttpContext context, GraphQLHttpRequest request, bool isGet, string mediaType)
    {
        var legacy = mediaType == MediaTypes.Json;
        if (server.ResolveDocument(request, out var query) is { } refused)
        {
            await GraphQLResponseWriter.WriteAsync(context, refused, legacy ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, mediaType).ConfigureAwait(false);
            return;
        }

        if (isGet && query is not null && server.OperationTypeOf(query, request.OperationName) is OperationType.Mutation)
        {
            context.Response.Headers.Allow = "POST";
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Mutations cannot be sent with GET: use POST.", GraphQLServerErrorCodes.MethodNotAllowed, mediaType).ConfigureAwait(false);
            return;
        }

        var result = await server.ExecuteAsync(context, request, query, null, context.RequestAborted).ConfigureAwait(false);
        if (result is not OperationResult operationResult)
        {
            if (result is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }

            operationResult = GraphQLServer.Error("Subscriptions need a streaming transport: use WebSocket (graphql-transport-ws) or Accept: text/event-stream.", ErrorCodes.OperationNotSupported);
            await GraphQLResponseWriter.WriteAsync(context, operationResult, legacy ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, mediaType).ConfigureAwait(false);
            return;
        }

        var status = GraphQLResponseWriter.IsRateLimited(context.Response, operationResult) ? StatusCodes.Status429TooManyRequests
            : operationResult.HasData || legacy ? StatusCodes.Status200OK : StatusOf(operationResult);
        await GraphQLResponseWriter.WriteAsync(context, operationResult, status, mediaType).ConfigureAwait(false);
    }

    // A streaming request's operations run later on other threads, each with its own provider: none may be the one to create the scope.
    private static void CreateServiceScopeNow(HttpContext context) => _ = context.RequestServices;

    private static int StatusOf(OperationResult result)
    {
        if (result.Errors is { Count: > 0 } errors && errors[0].Code is ErrorCodes.InternalServerError)
        {
            return StatusCodes.Status500InternalServerError;
        }

        return StatusCodes.Status400BadRequest;
    }
}
