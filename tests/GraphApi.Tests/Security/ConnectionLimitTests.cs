using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using GraphApi.Security;
using GraphApi.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Security;

/// <summary>WebSockets per key and per address, operations per socket, message size, event streams per key and body size, each at its limit.</summary>
public class ConnectionLimitTests(LimitedApiFactory api) : IClassFixture<LimitedApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => WaitForNoSocketsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [ApiFact]
    public async Task A_key_holds_at_most_its_sockets_and_gets_a_place_back_when_one_closes()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        var (first, firstAnswer) = await TestSocket.InitAsync(api.Endpoint, key);
        var (second, secondAnswer) = await TestSocket.InitAsync(api.Endpoint, key);
        var (third, thirdAnswer) = await TestSocket.InitAsync(api.Endpoint, key);
        using (first)
        using (third)
        {
            Assert.Equal("connection_ack", firstAnswer.Type);
            Assert.Equal("connection_ack", secondAnswer.Type);
            Assert.Equal(1013, thirdAnswer.CloseCode);
            Assert.Contains(SecurityErrorCodes.TooManyConnections, thirdAnswer.CloseReason, StringComparison.Ordinal);

            await second.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            second.Dispose();
            await WaitForSocketsAsync(1);
            var (again, againAnswer) = await TestSocket.InitAsync(api.Endpoint, key);
            using (again)
            {
                Assert.Equal("connection_ack", againAnswer.Type);
            }
        }
    }

    [ApiFact]
    public async Task An_address_holds_at_most_its_sockets_whatever_their_keys()
    {
        var sockets = new List<ClientWebSocket>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                sockets.Add(await TestSocket.ConnectAsync(api.Endpoint));
            }

            using var refused = new ClientWebSocket();
            refused.Options.AddSubProtocol("graphql-transport-ws");
            refused.Options.CollectHttpResponseDetails = true;
            await Assert.ThrowsAsync<WebSocketException>(() => refused.ConnectAsync(new UriBuilder(api.Endpoint) { Scheme = "ws" }.Uri, CancellationToken.None));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.HttpStatusCode);
        }
        finally
        {
            foreach (var socket in sockets)
            {
                socket.Dispose();
            }
        }
    }

    [ApiFact]
    public async Task A_socket_runs_at_most_its_operations_at_once()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        var (socket, answer) = await TestSocket.InitAsync(api.Endpoint, key);
        using (socket)
        {
            Assert.Equal("connection_ack", answer.Type);
            await TestSocket.SendAsync(socket, new { id = "a", type = "subscribe", payload = new { query = "subscription { events { id } }" } });
            await TestSocket.SendAsync(socket, new { id = "b", type = "subscribe", payload = new { query = "subscription { events { id } }" } });
            await TestSocket.SendAsync(socket, new { id = "c", type = "subscribe", payload = new { query = "{ __typename }" } });

            var refused = await TestSocket.ReceiveAsync(socket);
            Assert.Equal("error", refused.Type);
            Assert.Contains("\"id\":\"c\"", refused.Text, StringComparison.Ordinal);
            Assert.Contains("TOO_MANY_OPERATIONS", refused.Text, StringComparison.Ordinal);

            await TestSocket.SendAsync(socket, new { id = "a", type = "complete" });
            await TestSocket.SendAsync(socket, new { id = "d", type = "subscribe", payload = new { query = "{ __typename }" } });
            var next = await TestSocket.ReceiveAsync(socket);
            Assert.Equal("next", next.Type);
            Assert.Contains("\"id\":\"d\"", next.Text, StringComparison.Ordinal);
        }
    }

    [ApiFact]
    public async Task A_message_over_64_KiB_closes_the_socket_with_4400_and_one_under_it_is_read()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        var (socket, _) = await TestSocket.InitAsync(api.Endpoint, key);
        using (socket)
        {
            await TestSocket.SendAsync(socket, new { type = "ping", payload = new { pad = new string('x', 60 * 1024) } });
            Assert.Equal("pong", (await TestSocket.ReceiveAsync(socket)).Type);

            await TestSocket.SendAsync(socket, new { type = "ping", payload = new { pad = new string('x', 64 * 1024) } });
            var closed = await TestSocket.ReceiveAsync(socket);
            Assert.Equal(4400, closed.CloseCode);
        }
    }

    [ApiFact]
    public async Task A_key_holds_at_most_its_event_streams()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var first = await client.SendAsync(StreamRequest(key), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await client.SendAsync(StreamRequest(key), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains(SecurityErrorCodes.TooManyConnections, await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var otherKey = await client.SendAsync(StreamRequest(await api.KeyAsync(ApiKeyRole.Connector)), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
    }

    [ApiFact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, api.Endpoint)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = "{ __typename }", variables = new { pad = new string('x', 9000) } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private HttpRequestMessage StreamRequest(string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, api.Endpoint + "?query=" + Uri.EscapeDataString("subscription { events { id } }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    private Task WaitForNoSocketsAsync() => WaitForSocketsAsync(0);

    // The server gives a socket's places back when its request ends, a moment after the client's close.
    private async Task WaitForSocketsAsync(int open)
    {
        var registry = api.Services.GetRequiredService<ConnectionRegistry>();
        for (var i = 0; i < 100 && registry.Count(ConnectionKind.WebSocket) > open; i++)
        {
            await Task.Delay(50);
        }
    }
}
