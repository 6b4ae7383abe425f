using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GraphApi.Tests.Security;

/// <summary>A graphql-transport-ws client over a real loopback socket.</summary>
public static class TestSocket
{
    /// <summary>A socket to <paramref name="endpoint"/>, not yet initialised.</summary>
    public static async Task<ClientWebSocket> ConnectAsync(Uri endpoint)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.CollectHttpResponseDetails = true;
        await socket.ConnectAsync(new UriBuilder(endpoint) { Scheme = "ws" }.Uri, CancellationToken.None);
        return socket;
    }

    /// <summary>Connects and sends <c>connection_init</c> with <paramref name="credential"/>; returns the first answer.</summary>
    public static async Task<(ClientWebSocket Socket, SocketMessage Answer)> InitAsync(Uri endpoint, string credential)
    {
        var socket = await ConnectAsync(endpoint);
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + credential } });
        return (socket, await ReceiveAsync(socket));
    }

    /// <summary>Sends a message as JSON.</summary>
    public static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message (failing after 15 seconds); a close gives its code and reason.</summary>
    public static async Task<SocketMessage> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close
            ? new SocketMessage(null, (int?)socket.CloseStatus, socket.CloseStatusDescription)
            : new SocketMessage(Encoding.UTF8.GetString(buffer, 0, result.Count), null, null);
    }
}
