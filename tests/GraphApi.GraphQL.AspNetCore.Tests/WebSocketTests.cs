using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GraphApi.GraphQL.AspNetCore.Tests;

/// <summary>graphql-transport-ws from a .NET client: ending subscriptions on complete and on server shutdown.</summary>
public sealed class WebSocketTests(TestServer server) : IClassFixture<TestServer>
{
    [Fact]
    public async Task Client_complete_stops_the_subscription_and_the_connection_stays_usable()
    {
        using var socket = await ConnectAsync(server);
        await SendAsync(socket, """{"id":"s","type":"subscribe","payload":{"query":"subscription { counter(to: 100000) }"}}""");
        Assert.Equal("next", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, """{"id":"s","type":"complete"}""");
        await SendAsync(socket, """{"type":"ping"}""");
        var afterComplete = 0;
        while (true)
        {
            var message = await ReceiveAsync(socket);
            var type = message.GetProperty("type").GetString();
            if (type == "pong")
            {
                break;
            }

            Assert.Equal("next", type);
            afterComplete++;
        }

        Assert.True(afterComplete <= 1, $"{afterComplete} events after complete");
        await SendAsync(socket, """{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("next", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        var complete = await ReceiveAsync(socket);
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("q", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Server_shutdown_closes_running_subscriptions()
    {
        var own = new TestServer();
        await own.InitializeAsync();
        try
        {
            using var socket = await ConnectAsync(own);
            await SendAsync(socket, """{"id":"s","type":"subscribe","payload":{"query":"subscription { counter(to: 100000) }"}}""");
            Assert.Equal("next", (await ReceiveAsync(socket)).GetProperty("type").GetString());
            var stopping = own.StopAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var buffer = new byte[64 * 1024];
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
            }
            while (result.MessageType != WebSocketMessageType.Close);

            Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, result.CloseStatus);
            await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    [Fact]
    public async Task Messages_larger_than_the_receive_buffer_and_split_into_frames_are_read_whole()
    {
        using var socket = await ConnectAsync(server);
        var message = Encoding.UTF8.GetBytes("""{"id":"q","type":"subscribe","payload":{"query":"{ hello }""" + new string(' ', 20_000) + "\"}}");
        for (var offset = 0; offset < message.Length; offset += 3_000)
        {
            var length = Math.Min(3_000, message.Length - offset);
            await socket.SendAsync(message.AsMemory(offset, length), WebSocketMessageType.Text, offset + length == message.Length, CancellationToken.None);
        }

        Assert.Equal("next", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        Assert.Equal("complete", (await ReceiveAsync(socket)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_4400()
    {
        using var socket = await ConnectAsync(server);
        var chunk = new byte[1024 * 1024];
        chunk.AsSpan().Fill((byte)' ');
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var receive = socket.ReceiveAsync(new byte[1024], timeout.Token);
        try
        {
            for (var i = 0; i < 5 && !receive.IsCompleted; i++)
            {
                await socket.SendAsync(chunk, WebSocketMessageType.Text, endOfMessage: false, timeout.Token);
            }
        }
        catch (WebSocketException)
        {
        }

        var result = await receive;
        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4400, (int)result.CloseStatus!);
    }

    private static async Task<ClientWebSocket> ConnectAsync(TestServer host)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(host.Endpoint) { Scheme = "ws" }.Uri, CancellationToken.None);
        await SendAsync(socket, """{"type":"connection_init","payload":{}}""");
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var count = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, count, buffer.Length - count), timeout.Token);
            count += result.Count;
        }
        while (!result.EndOfMessage);

        Assert.True(result.MessageType != WebSocketMessageType.Close, $"closed: {result.CloseStatus} {result.CloseStatusDescription}");
        return JsonDocument.Parse(buffer.AsMemory(0, count)).RootElement.Clone();
    }
}
