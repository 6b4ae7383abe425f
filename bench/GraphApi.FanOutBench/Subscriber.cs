using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;

namespace GraphApi.FanOutBench;

/// <summary>One graphql-transport-ws client with one subscription; records every event it receives with its arrival time.</summary>
internal sealed class Subscriber(Uri endpoint, string key, string query, string field) : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Lock _gate = new();
    private readonly List<(string Id, string? Status, long ArrivedAt)> _events = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly System.Buffers.ArrayBufferWriter<byte> _message = new(512);
    private Task _receiving = Task.CompletedTask;
    private long _lastArrival;

    /// <summary>Why the subscription ended or failed (an <c>error</c>, a <c>complete</c>, a close), or null while it runs.</summary>
    public string? Failure { get; private set; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _events.Count;
            }
        }
    }

    public (string Id, string? Status, long ArrivedAt)[] Events()
    {
        lock (_gate)
        {
            return [.. _events];
        }
    }

    /// <summary>Connects, initialises with the key and sends the subscription; events are recorded from then on.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        await _socket.ConnectAsync(endpoint, cancellationToken);
        await SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {key}" } });
        using (var ack = await ReceiveAsync(cancellationToken) ?? throw new InvalidOperationException("closed before connection_ack"))
        {
            if (ack.RootElement.GetProperty("type").GetString() != "connection_ack")
            {
                throw new InvalidOperationException($"expected connection_ack, got {ack.RootElement}");
            }
        }

        await SendAsync(new { id = "1", type = "subscribe", payload = new { query } });
        _receiving = ReceiveLoopAsync();
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (await ReceiveAsync(CancellationToken.None) is { } message)
            {
                // Taken when the last frame arrived, before parsing, so the client's own JSON work is not counted as delivery time.
                var arrivedAt = _lastArrival;
                using (message)
                {
                    var root = message.RootElement;
                    switch (root.GetProperty("type").GetString())
                    {
                        case "next" when root.GetProperty("payload").TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object:
                            var e = data.GetProperty(field);
                            lock (_gate)
                            {
                                _events.Add((e.GetProperty("id").GetString()!, e.TryGetProperty("status", out var status) ? status.GetString() : null, arrivedAt));
                            }

                            break;
                        case "ping":
                            await SendAsync(new { type = "pong" });
                            break;
                        case "pong":
                            break;
                        default:
                            Failure = $"unexpected message {root}";
                            return;
                    }
                }
            }

            Failure ??= $"closed by the server ({_socket.CloseStatus} {_socket.CloseStatusDescription})";
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            Failure ??= exception.Message;
        }
    }

    private async Task SendAsync(object message)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message);
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next message, or null when the server closed the socket; <see cref="_lastArrival"/> is when its last frame came.</summary>
    private async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        // One buffer per subscriber: 10,000 of them allocating per message would make the client's GC part of every round.
        _message.ResetWrittenCount();
        ValueWebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(_message.GetMemory(512), cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _message.Advance(received.Count);
        }
        while (!received.EndOfMessage);

        _lastArrival = Stopwatch.GetTimestamp();
        return JsonDocument.Parse(_message.WrittenMemory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                await _receiving.WaitAsync(timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or TimeoutException)
            {
            }
        }

        _socket.Dispose();
    }
}
