using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GraphApi.Connectors;

/// <summary>
/// The connector's side of GraphApi: the <c>requestStatusChanged(after:)</c> subscription over graphql-transport-ws, and the
/// <c>events</c> query for the first start.
/// </summary>
public sealed class GraphApiClient(IHttpClientFactory httpClients, IOptions<ConnectorOptions> options)
{
    private const string Subscription = "subscription ConnectorFeed($after: String) { requestStatusChanged(after: $after) { " + StatusChange.Selection + " } }";
    private const string StartQuery = "query ConnectorStart { events(first: 0) { pageInfo { endCursor } } }";
    private const string LatestQuery = "query ConnectorLatest { events(last: 1, types: [REQUEST_STATUS_CHANGED]) { pageInfo { endCursor } } }";

    private GraphApiOptions Api => options.Value.GraphApi;

    /// <summary>Every status change after <paramref name="after"/> (replayed first, then live) until the server ends the subscription or the socket drops.</summary>
    public async IAsyncEnumerable<StatusChange> SubscribeAsync(string? after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(20);
        var builder = new UriBuilder(Api.Endpoint) { Scheme = Api.Endpoint.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" };
        await socket.ConnectAsync(builder.Uri, cancellationToken);
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + Api.ApiKey } }, cancellationToken);

        using (var ackTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            ackTimeout.CancelAfter(TimeSpan.FromSeconds(10));
            using var ack = await ReceiveAsync(socket, ackTimeout.Token) ?? throw new GraphApiException(null, $"GraphApi closed the socket during connection_init ({socket.CloseStatus} {socket.CloseStatusDescription}); check the API key.");
            if (ack.RootElement.GetProperty("type").GetString() != "connection_ack")
            {
                throw new GraphApiException(null, $"GraphApi answered connection_init with {ack.RootElement.GetRawText()}.");
            }
        }

        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Subscription, variables = new { after } } }, cancellationToken);
        while (true)
        {
            using var message = await ReceiveAsync(socket, cancellationToken);
            if (message is null)
            {
                yield break;
            }

            var root = message.RootElement;
            switch (root.GetProperty("type").GetString())
            {
                case "ping":
                    await SendAsync(socket, new { type = "pong" }, cancellationToken);
                    break;
                case "next":
                    var payload = root.GetProperty("payload");
                    if (payload.TryGetProperty("errors", out var errors))
                    {
                        throw Error(errors);
                    }

                    yield return StatusChange.Parse(payload.GetProperty("data").GetProperty("requestStatusChanged"));
                    break;
                case "error":
                    throw Error(root.GetProperty("payload"));
                case "complete":
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "complete", CancellationToken.None);
                    yield break;
            }
        }
    }

    /// <summary>The cursor before every event: subscribing after it replays the whole history.</summary>
    public Task<string> StartCursorAsync(CancellationToken cancellationToken) => EndCursorAsync(StartQuery, cancellationToken);

    /// <summary>The cursor of the newest status change (the start cursor when there is none): subscribing after it follows changes from now on.</summary>
    public Task<string> LatestCursorAsync(CancellationToken cancellationToken) => EndCursorAsync(LatestQuery, cancellationToken);

    private async Task<string> EndCursorAsync(string query, CancellationToken cancellationToken) =>
        (await EventsAsync(query, null, cancellationToken)).GetProperty("pageInfo").GetProperty("endCursor").GetString()
        ?? throw new GraphApiException(null, "GraphApi answered an events page without pageInfo.endCursor; it is older than this connector.");

    private async Task<JsonElement> EventsAsync(string query, string? after, CancellationToken cancellationToken)
    {
        using var client = httpClients.CreateClient(nameof(GraphApiClient));
        using var request = new HttpRequestMessage(HttpMethod.Post, Api.Endpoint) { Content = JsonContent.Create(new { query, variables = new { after } }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Api.ApiKey);
        using var response = await client.SendAsync(request, cancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            throw Error(errors);
        }

        return document.RootElement.GetProperty("data").GetProperty("events").Clone();
    }

    private static GraphApiException Error(JsonElement errors)
    {
        var first = errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0 ? errors[0] : errors;
        var code = first.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
        var message = first.TryGetProperty("message", out var m) ? m.GetString() : first.GetRawText();
        return new GraphApiException(code, $"GraphApi: {message}{(code is null ? "" : $" ({code})")}");
    }

    private static Task SendAsync(ClientWebSocket socket, object message, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, cancellationToken);

    // One whole message, or null once the server has closed the socket.
    private static async Task<JsonDocument?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(chunk, cancellationToken);
            }
            catch (WebSocketException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.ToArray());
            }
        }
    }
}
