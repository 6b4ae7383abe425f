using System.Text;
using GraphApi.GraphQL.AspNetCore.Http;
using GraphApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore.Sse;

// graphql-sse PROTOCOL.md: distinct connections mode
/// <summary>
/// One operation over one event-stream response: each result an <c>event: next</c>, then
/// <c>event: complete</c>; keep-alive comments while idle; stops when the client goes away.
/// </summary>
public sealed class GraphQLSseHandler(GraphQLServer server)
{
    private static readonly byte[] KeepAlive = Encoding.UTF8.GetBytes(":\n\n");
    private static readonly byte[] NextPrefix = Encoding.UTF8.GetBytes("event: next\ndata: ");
    private static readonly byte[] Complete = Encoding.UTF8.GetBytes("event: complete\ndata: \n\n");

    /// <summary>Handles a request that accepts <c>text/event-stream</c>.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        RequestParseResult parsed;
        if (isGet)
        {
            parsed = GraphQLRequestReader.FromQueryString(request.Query);
        }
        else
        {
            var contentType = request.GetTypedHeaders().ContentType;
            parsed = contentType is null || !string.Equals(contentType.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                ? RequestParseResult.Fail("POST requests must have Content-Type: application/json.", StatusCodes.Status415UnsupportedMediaType)
                : await GraphQLRequestReader.ReadBodyAsync(request, server.Options.MaxRequestBodySize, context.RequestAborted).ConfigureAwait(false);
        }

        if (parsed.Request is not { } graphQLRequest)
        {
            await GraphQLResponseWriter.WriteAsync(context, parsed.ErrorResult, parsed.StatusCode, MediaTypes.Json).ConfigureAwait(false);
            return;
        }

        if (server.ResolveDocument(graphQLRequest, out var query) is { } refused)
        {
            await GraphQLResponseWriter.WriteAsync(context, refused, StatusCodes.Status400BadRequest, MediaTypes.Json).ConfigureAwait(false);
            return;
        }

        var aborted = context.RequestAborted;
        if (isGet && query is not null && server.OperationTypeOf(query, graphQLRequest.OperationName) is Language.Ast.OperationType.Mutation)
        {
            context.Response.Headers.Allow = "POST";
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Mutations cannot be sent with GET: use POST.", GraphQLServerErrorCodes.MethodNotAllowed).ConfigureAwait(false);
            return;
        }

        var lifetime = context.Features.Get<IGraphQLConnectionLifetimeFeature>();
        using var stop = lifetime is null ? CancellationTokenSource.CreateLinkedTokenSource(aborted) : CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.Ended);
        IExecutionResult result;
        try
        {
            result = await server.ExecuteAsync(context, graphQLRequest, query, null, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, lifetime!.EndReason, lifetime.EndCode).ConfigureAwait(false);
            return;
        }

        // A refusal before anything ran (a rate limit) is an HTTP answer, not a stream.
        if (result is OperationResult refusedResult && GraphQLResponseWriter.IsRateLimited(context.Response, refusedResult))
        {
            await GraphQLResponseWriter.WriteAsync(context, refusedResult, StatusCodes.Status429TooManyRequests, MediaTypes.Json).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        using var writeLock = new SemaphoreSlim(1, 1);
        var keepAlive = KeepAliveAsync(response.Body, writeLock, stop.Token);
        var completed = false;
        try
        {
            await response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
            if (result is OperationResult single)
            {
                await WriteNextAsync(response.Body, writeLock, single, stop.Token).ConfigureAwait(false);
            }
            else if (result is IAsyncEnumerable<OperationResult> stream)
            {
                await foreach (var item in stream.WithCancellation(stop.Token).ConfigureAwait(false))
                {
                    await WriteNextAsync(response.Body, writeLock, item, stop.Token).ConfigureAwait(false);
                }
            }

            await WriteCompleteAsync(response.Body, writeLock, stop.Token).ConfigureAwait(false);
            completed = true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await keepAlive.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        if (!completed && lifetime is { Ended.IsCancellationRequested: true } && !aborted.IsCancellationRequested)
        {
            // The connection's credentials ended it: say why, then complete, so the client does not just see a cut.
            await WriteNextAsync(response.Body, writeLock, GraphQLServer.Error(lifetime.EndReason, lifetime.EndCode), aborted).ConfigureAwait(false);
            await WriteCompleteAsync(response.Body, writeLock, aborted).ConfigureAwait(false);
        }
    }

    private static async Task WriteCompleteAsync(Stream body, SemaphoreSlim writeLock, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await body.WriteAsync(Complete, cancellationToken).ConfigureAwait(false);
            await body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private static async Task WriteNextAsync(Stream body, SemaphoreSlim writeLock, OperationResult result, CancellationToken cancellationToken)
    {
        var json = Encoding.UTF8.GetBytes(result.ToJson());
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await body.WriteAsync(NextPrefix, cancellationToken).ConfigureAwait(false);
            await body.WriteAsync(json, cancellationToken).ConfigureAwait(false);
            await body.WriteAsync("\n\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            await body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task KeepAliveAsync(Stream body, SemaphoreSlim writeLock, CancellationToken cancellationToken)
    {
        var interval = server.Options.ServerSentEventsKeepAliveInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await body.WriteAsync(KeepAlive, cancellationToken).ConfigureAwait(false);
                await body.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                writeLock.Release();
            }
        }
    }
}
