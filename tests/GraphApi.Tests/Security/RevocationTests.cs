using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphApi.Security;
using GraphApi.Tests.Api;

namespace GraphApi.Tests.Security;

/// <summary>A revoked key ends the WebSockets and event streams it opened within the 10 seconds plain requests may take to notice.</summary>
public class RevocationTests(KestrelApiFactory api) : IClassFixture<KestrelApiFactory>
{
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(10);

    [ApiFact]
    public async Task Revoking_a_key_closes_its_WebSocket_with_4403_and_leaves_other_keys_open()
    {
        var revoked = await api.KeyAsync(ApiKeyRole.Connector);
        var kept = await api.KeyAsync(ApiKeyRole.Connector);
        using var doomed = await OpenSubscribedAsync(revoked);
        using var other = await OpenSubscribedAsync(kept);

        await api.RevokeAsync(revoked);
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(Allowed + TimeSpan.FromSeconds(5));
        var buffer = new byte[16 * 1024];
        WebSocketReceiveResult received;
        do
        {
            received = await doomed.ReceiveAsync(buffer, timeout.Token);
        }
        while (received.MessageType != WebSocketMessageType.Close);

        Assert.True(clock.Elapsed < Allowed, $"closed after {clock.Elapsed}");
        Assert.Equal(4403, (int)doomed.CloseStatus!);
        Assert.Contains("revoked", doomed.CloseStatusDescription, StringComparison.Ordinal);

        await SendAsync(other, new { type = "ping" });
        using var pongTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var pong = await other.ReceiveAsync(buffer, pongTimeout.Token);
        Assert.Contains("pong", Encoding.UTF8.GetString(buffer, 0, pong.Count), StringComparison.Ordinal);
    }

    [ApiFact]
    public async Task Revoking_a_key_ends_its_event_stream_with_a_coded_error()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, api.Endpoint + "?query=" + Uri.EscapeDataString("subscription { events { id } }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        await api.RevokeAsync(key);
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(Allowed + TimeSpan.FromSeconds(5));
        var events = new StringBuilder();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            events.AppendLine(line);
            if (line.StartsWith("event: complete", StringComparison.Ordinal))
            {
                break;
            }
        }

        Assert.True(clock.Elapsed < Allowed, $"ended after {clock.Elapsed}");
        Assert.Contains("AUTH_NOT_AUTHENTICATED", events.ToString(), StringComparison.Ordinal);
        Assert.Contains("event: complete", events.ToString(), StringComparison.Ordinal);
    }

    private async Task<ClientWebSocket> OpenSubscribedAsync(string key)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(api.Endpoint) { Scheme = "ws" }.Uri, CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + key } });
        var buffer = new byte[16 * 1024];
        var ack = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Contains("connection_ack", Encoding.UTF8.GetString(buffer, 0, ack.Count), StringComparison.Ordinal);
        await SendAsync(socket, new { id = "events", type = "subscribe", payload = new { query = "subscription { events { id } }" } });
        return socket;
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);
}
