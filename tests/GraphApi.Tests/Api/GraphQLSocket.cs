using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GraphApi.Tests.Api;

/// <summary>A graphql-transport-ws client over the test host's WebSocket, for the subscription tests.</summary>
public static class GraphQLSocket
{
    /// <summary>A socket to <c>/graphql</c> speaking graphql-transport-ws, not yet initialised.</summary>
    public static Task<WebSocket> ConnectAsync(ApiFactory api)
    {
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return client.ConnectAsync(new Uri(api.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    /// <summary>A socket authenticated with <paramref name="key"/> in <c>connection_init</c> and acknowledged.</summary>
    public static async Task<WebSocket> OpenAsync(ApiFactory api, string key)
    {
        var socket = await ConnectAsync(api);
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + key } });
        Assert.Contains("connection_ack", await ReceiveAsync(socket), StringComparison.Ordinal);
        return socket;
    }

    /// <summary>Sends a message as JSON.</summary>
    public static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message's text (failing after 30 seconds).</summary>
    public static async Task<string> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[256 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, result.Count);
    }

    /// <summary>The payload of the next message, which must be <c>next</c>.</summary>
    public static async Task<JsonElement> NextPayloadAsync(WebSocket socket)
    {
        using var message = JsonDocument.Parse(await ReceiveAsync(socket));
        Assert.Equal("next", message.RootElement.GetProperty("type").GetString());
        return message.RootElement.GetProperty("payload").Clone();
    }
}
