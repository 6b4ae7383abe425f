using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Unicode;
using GraphApi.GraphQL.AspNetCore.Http;
using GraphApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphApi.GraphQL.AspNetCore.WebSockets;

// graphql-ws PROTOCOL.md (graphql-transport-ws)
/// <summary>
/// One graphql-transport-ws connection: initialisation through the interceptor, operations by id,
/// ping/pong and keep-alive pings, and the protocol's close codes.
/// </summary>
internal sealed class GraphQLWebSocketSession(GraphQLServer server, IGraphQLSocketInterceptor interceptor, HttpContext context, WebSocket socket, ILogger logger)
{
    private const int ReceiveBufferBytes = 4096;

    // Messages are written before the send lock is awaited, so one writer per thread serves every session.
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    // A connection has one or a few operations: a locked Dictionary is a fraction of a ConcurrentDictionary's size.
    private readonly Dictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private int _initReceived;
    private volatile bool _acknowledged;
    private CancellationTokenRegistration _ended;

    /// <summary>Runs until the socket closes, the connection is <paramref name="aborted"/> or the server is <paramref name="stopping"/>.</summary>
    public async Task RunAsync(CancellationToken aborted, CancellationToken stopping)
    {
        using var session = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        var token = session.Token;
        var initTimeout = InitTimeoutAsync(token);
        var keepAlive = KeepAliveAsync(token);

        // Cancelling a pending receive aborts the socket: on shutdown, close it instead and let the receive loop see the client's close.
        using var shutdown = stopping.Register(() => _ = CloseThenAbortAsync(WebSocketCloseStatus.EndpointUnavailable, "Server shutting down"));
        try
        {
            await ReceiveLoopAsync(token).ConfigureAwait(false);
            await DrainAsync().ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
            await DrainAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "GraphQL WebSocket session failed");
            await CloseAsync((WebSocketCloseStatus)CloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            await session.CancelAsync().ConfigureAwait(false);
            CancellationTokenSource[] operations;
            lock (_operations)
            {
                operations = [.. _operations.Values];
            }

            foreach (var operation in operations)
            {
                await operation.CancelAsync().ConfigureAwait(false);
            }

            await _ended.DisposeAsync().ConfigureAwait(false);
            await Task.WhenAll(Quiet(initTimeout), Quiet(keepAlive)).ConfigureAwait(false);
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken token)
    {
        while (socket.State == WebSocketState.Open)
        {
            // A zero-byte receive waits for the next message without a buffer: an idle connection holds none.
            var received = await socket.ReceiveAsync(Memory<byte>.Empty, CancellationToken.None).ConfigureAwait(false);
            byte[] buffer = [];
            var length = 0;
            try
            {
                while (received.MessageType != WebSocketMessageType.Close && !received.EndOfMessage)
                {
                    if (length == buffer.Length)
                    {
                        buffer = Grow(buffer, length);
                    }

                    received = await socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None).ConfigureAwait(false);
                    length += received.Count;
                    if (length > server.Options.MaxWebSocketMessageBytes)
                    {
                        await CloseAsync((WebSocketCloseStatus)CloseCodes.BadRequest, "Message too large").ConfigureAwait(false);
                        return;
                    }
                }

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    }

                    return;
                }

                if (!await HandleMessageAsync(buffer.AsMemory(0, length), token).ConfigureAwait(false))
                {
                    return;
                }
            }
            finally
            {
                if (buffer.Length > 0)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
    }

    /// <summary>
    /// After the server's close frame, reads (and drops) what the client still sends until its close frame, for up to two
    /// seconds: closing the connection with unread data in it would reset it, and the client could lose the close code.
    /// </summary>
    private async Task DrainAsync()
    {
        if (socket.State != WebSocketState.CloseSent)
        {
            return;
        }

        var scratch = ArrayPool<byte>.Shared.Rent(ReceiveBufferBytes);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            while (socket.State == WebSocketState.CloseSent)
            {
                var received = await socket.ReceiveAsync(scratch.AsMemory(), timeout.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>A pooled buffer twice as large (at least <see cref="ReceiveBufferBytes"/>) holding the first <paramref name="length"/> bytes; the old one goes back to the pool.</summary>
    private static byte[] Grow(byte[] buffer, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(ReceiveBufferBytes, buffer.Length * 2));
        buffer.AsSpan(0, length).CopyTo(larger);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return larger;
    }

    /// <summary>Handles one message; false when the socket was closed.</summary>
    private async Task<bool> HandleMessageAsync(ReadOnlyMemory<byte> message, CancellationToken token)
    {
        JsonDocument document;
        try
        {
            // Strings are checked for UTF-8 only when read, and reading them would throw.
            if (!Utf8.IsValid(message.Span))
            {
                return await BadRequestAsync("Invalid message received").ConfigureAwait(false);
            }

            document = JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            return await BadRequestAsync("Invalid message received").ConfigureAwait(false);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String
                || !ClientJson.TryGetString(typeElement, out var type))
            {
                return await BadRequestAsync("Invalid message received").ConfigureAwait(false);
            }

            var hasPayload = root.TryGetProperty("payload", out var payload) && payload.ValueKind != JsonValueKind.Null;
            switch (type)
            {
                case "connection_init":
                    if (hasPayload && payload.ValueKind != JsonValueKind.Object)
                    {
                        return await BadRequestAsync("Invalid message received").ConfigureAwait(false);
                    }

                    if (Interlocked.Exchange(ref _initReceived, 1) == 1)
                    {
                        await CloseAsync((WebSocketCloseStatus)CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
                        return false;
                    }

                    var initPayload = hasPayload ? ClientJson.TryToDictionary(payload, "payload", out _) : null;
                    if (hasPayload && initPayload is null)
                    {
                        return await BadRequestAsync("Invalid message received").ConfigureAwait(false);
                    }

                    var decision = await interceptor.OnConnectAsync(context, initPayload, token).ConfigureAwait(false);
                    if (!decision.Accepted)
                    {
                        await CloseAsync((WebSocketCloseStatus)decision.CloseCode, decision.Reason ?? "Forbidden").ConfigureAwait(false);
                        return false;
                    }

                    if (context.Features.Get<IGraphQLConnectionLifetimeFeature>() is { } lifetime)
                    {
                        _ended = lifetime.Ended.Register(() => _ = CloseThenAbortAsync((WebSocketCloseStatus)CloseCodes.Forbidden, lifetime.EndReason));
                    }

                    _acknowledged = true;
                    await SendAsync(writer =>
                    {
                        writer.WriteString("type", "connection_ack");
                        if (decision.Payload is { } ackPayload)
                        {
                            writer.WritePropertyName("payload");
                            JsonSerializer.Serialize(writer, ackPayload);
                        }
                    }).ConfigureAwait(false);
                    return true;

                case "ping":
                    await SendAsync(writer => writer.WriteString("type", "pong")).ConfigureAwait(false);
                    return true;

                case "pong":
                    return true;

                case "subscribe":
                    return await SubscribeAsync(root, token).ConfigureAwait(false);

                case "complete":
                    if (!root.TryGetProperty("id", out var completeId) || completeId.ValueKind != JsonValueKind.String || !ClientJson.TryGetString(completeId, out var completed))
                    {
                        return await BadRequestAsync("Invalid message received").ConfigureAwait(false);
                    }

                    if (TryRemoveOperation(completed!, out var operation))
                    {
                        await operation.CancelAsync().ConfigureAwait(false);
                    }

                    return true;

                default:
                    return await BadRequestAsync($"Unexpected message of type {type} received").ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> SubscribeAsync(JsonElement root, CancellationToken token)
    {
        if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || !ClientJson.TryGetString(idElement, out var id) || id is not { Length: > 0 }
            || !root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            return await BadRequestAsync("Invalid message received").ConfigureAwait(false);
        }

        var parsed = GraphQLRequestReader.FromJson(payload);
        if (parsed.Request is null && parsed.Malformed)
        {
            return await BadRequestAsync("Invalid message received").ConfigureAwait(false);
        }

        if (!_acknowledged)
        {
            await CloseAsync((WebSocketCloseStatus)CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return false;
        }

        // A well-formed subscribe whose text is refused (a lone surrogate) is an error for that operation, as a parse error is.
        if (parsed.Request is not { } request)
        {
            await SendAsync(writer =>
            {
                writer.WriteString("id", id);
                writer.WriteString("type", "error");
                writer.WritePropertyName("payload");
                using var errors = JsonDocument.Parse(parsed.ErrorResult.ToJson());
                errors.RootElement.GetProperty("errors").WriteTo(writer);
            }).ConfigureAwait(false);
            return true;
        }

        var operation = CancellationTokenSource.CreateLinkedTokenSource(token);
        bool added, full;
        lock (_operations)
        {
            full = _operations.Count >= server.Options.MaxOperationsPerWebSocket && !_operations.ContainsKey(id);
            added = !full && _operations.TryAdd(id, operation);
        }

        if (full)
        {
            operation.Dispose();
            var limit = server.Options.MaxOperationsPerWebSocket;
            await SendErrorAsync(id, GraphQLServer.Error($"This socket already runs {limit} operations, the most allowed; complete one first or open another socket.", GraphQLServerErrorCodes.TooManyOperations), registered: false).ConfigureAwait(false);
            return true;
        }

        if (!added)
        {
            operation.Dispose();
            await CloseAsync((WebSocketCloseStatus)CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return false;
        }

        _ = RunOperationAsync(id, request, operation);
        return true;
    }

    private async Task RunOperationAsync(string id, GraphQLHttpRequest request, CancellationTokenSource operation)
    {
        var token = operation.Token;
        try
        {
            await Task.Yield();
            if (server.ResolveDocument(request, out var query) is { } refused)
            {
                await SendErrorAsync(id, refused).ConfigureAwait(false);
                return;
            }

            var result = await server.ExecuteAsync(context, request, query, null, token).ConfigureAwait(false);
            if (result is OperationResult single)
            {
                if (!single.HasData && single.Errors is { Count: > 0 })
                {
                    await SendErrorAsync(id, single).ConfigureAwait(false);
                    return;
                }

                await SendNextAsync(id, single, token).ConfigureAwait(false);
            }
            else if (result is IAsyncEnumerable<OperationResult> stream)
            {
                await foreach (var item in stream.WithCancellation(token).ConfigureAwait(false))
                {
                    await SendNextAsync(id, item, token).ConfigureAwait(false);
                }
            }

            if (TryRemoveOperation(id, out _))
            {
                await SendAsync(writer =>
                {
                    writer.WriteString("id", id);
                    writer.WriteString("type", "complete");
                }).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (WebSocketException)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "GraphQL WebSocket operation {Id} failed", id);
            await CloseAsync((WebSocketCloseStatus)CloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            TryRemoveOperation(id, out _);
            operation.Dispose();
        }
    }

    private bool TryRemoveOperation(string id, [NotNullWhen(true)] out CancellationTokenSource? operation)
    {
        lock (_operations)
        {
            return _operations.Remove(id, out operation);
        }
    }

    private Task SendNextAsync(string id, OperationResult result, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        return SendAsync(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("type", "next");
            writer.WritePropertyName("payload");
            result.WriteTo(writer);
        });
    }

    private async Task SendErrorAsync(string id, OperationResult result, bool registered = true)
    {
        if (registered && !TryRemoveOperation(id, out _))
        {
            return;
        }

        await SendAsync(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("type", "error");
            writer.WritePropertyName("payload");
            using var errors = JsonDocument.Parse(result.ToJson());
            (errors.RootElement.TryGetProperty("errors", out var list) ? list : default).WriteTo(writer);
        }).ConfigureAwait(false);
    }

    private async Task SendAsync(Action<Utf8JsonWriter> write)
    {
        using var buffer = new PooledBufferWriter();
        var writer = t_writer;
        t_writer = null;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(buffer);
        }
        else
        {
            writer.Reset(buffer);
        }

        try
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
            writer.Flush();
        }
        finally
        {
            writer.Reset();
            t_writer = writer;
        }

        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<bool> BadRequestAsync(string reason)
    {
        await CloseAsync((WebSocketCloseStatus)CloseCodes.BadRequest, reason).ConfigureAwait(false);
        return false;
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task InitTimeoutAsync(CancellationToken token)
    {
        await Task.Delay(server.Options.ConnectionInitTimeout, token).ConfigureAwait(false);
        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseThenAbortAsync((WebSocketCloseStatus)CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    /// <summary>Closes, and aborts the socket when the client has not answered the close within two seconds.</summary>
    private async Task CloseThenAbortAsync(WebSocketCloseStatus status, string reason)
    {
        try
        {
            await CloseAsync(status, reason).ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            if (socket.State != WebSocketState.Closed)
            {
                socket.Abort();
            }
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task KeepAliveAsync(CancellationToken token)
    {
        var interval = server.Options.WebSocketKeepAliveInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
        {
            if (_acknowledged)
            {
                await SendAsync(writer => writer.WriteString("type", "ping")).ConfigureAwait(false);
            }
        }
    }

    private static async Task Quiet(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
    }
}
