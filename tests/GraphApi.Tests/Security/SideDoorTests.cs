using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphApi.Api;
using GraphApi.GraphQL.AspNetCore.Persisted;
using GraphApi.Security;
using GraphApi.Tests.Api;

namespace GraphApi.Tests.Security;

/// <summary>
/// No request shape reaches data without a valid key: every path spelling the router may send to the GraphQL endpoint,
/// every method and transport, each with no key, an unknown one and a revoked one. Sent over a bare socket, so the
/// target arrives exactly as written.
/// </summary>
public class SideDoorTests(SideDoorApiFactory api) : IClassFixture<SideDoorApiFactory>
{
    private const string TypeName = "query=%7B__typename%7D";
    private const string Schema = "query=%7B__schema%7Btypes%7Bname%7D%7D%7D";
    private const string Html = "Accept: text/html";
    private const string Json = "Accept: application/json";
    private const string EventStream = "Accept: text/event-stream";
    private const string Subscription = "query=subscription%7Bevents%7Bid%7D%7D";

    public static TheoryData<string, string, string, string> Shapes()
    {
        var shapes = new TheoryData<string, string, string, string>();
        string[][] requests =
        [
            ["GET", $"/graphql/?{TypeName}", Json],
            ["GET", $"/graphql/?{Schema}", Json],
            ["GET", $"/graphql/?{TypeName}", Html],
            ["GET", $"/graphql?{TypeName}", Json],
            ["GET", $"/graphql?{TypeName}", Html],
            ["GET", $"/GRAPHQL?{TypeName}", Json],
            ["GET", $"/GraphQL/?{Schema}", Json],
            ["GET", $"/graphql%2F?{TypeName}", Json],
            ["GET", $"/%67raphql?{TypeName}", Json],
            ["GET", $"/graphql/.?{TypeName}", Json],
            ["GET", $"//graphql?{TypeName}", Json],
            ["GET", $"/graphql//?{TypeName}", Json],
            ["GET", "/graphql?sdl", Html],
            ["GET", "/graphql?sdl", Json],
            ["GET", "/graphql/?sdl", Html],
            ["GET", "/GRAPHQL?sdl", Html],
            ["GET", "/graphql?sdl&query=", Html],
            ["GET", "/graphql?id=" + DashboardId, Html],
            ["GET", "/graphql?id=" + DashboardId, Json],
            ["GET", "/graphql/", Html],
            ["GET", "/GraphQL", Html],
            ["GET", "/graphql?", Html],
            ["GET", "/graphql", Json],
            ["HEAD", "/graphql", Html],
            ["HEAD", $"/graphql?{TypeName}", Json],
            ["HEAD", "/graphql?sdl", Html],
            ["POST", "/graphql", Json],
            ["POST", "/graphql/", Json],
            ["POST", "/GRAPHQL", Json],
            ["POST", "/graphql?sdl", Json],
            ["GET", $"/graphql?{Subscription}", EventStream],
            ["GET", $"/graphql/?{Subscription}", EventStream],
            ["POST", "/graphql", EventStream],
            ["GET", "/nowhere", Json],
        ];
        foreach (var credential in new[] { "none", "unknown", "revoked" })
        {
            foreach (var request in requests)
            {
                shapes.Add(request[0], request[1], request[2], credential);
            }
        }

        return shapes;
    }

    private static string DashboardId => PersistedOperationStore.Hash(File.ReadAllText(Path.Combine(Path.GetDirectoryName(SchemaCommand.DefaultPath(AppContext.BaseDirectory))!, "operations", "dashboard.graphql")));

    [ApiTheory]
    [MemberData(nameof(Shapes))]
    public async Task No_path_shape_answers_without_a_valid_key(string method, string target, string accept, string credential)
    {
        var headers = new List<string> { accept };
        if (await CredentialAsync(credential) is { } key)
        {
            headers.Add("Authorization: Bearer " + key);
        }

        var body = method == "POST" ? """{"query":"{ __schema { types { name } } requests(first: 1) { totalCount } }"}""" : null;
        var response = await RawHttp.SendAsync(api.Endpoint, method, target, headers, body);

        Assert.Equal(401, response.Status);
        Assert.Contains("WWW-Authenticate: Bearer", response.Head, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"data\"", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("__typename", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("type Query", response.Body, StringComparison.Ordinal);
        if (method != "HEAD")
        {
            Assert.Contains("AUTH_NOT_AUTHENTICATED", response.Body, StringComparison.Ordinal);
        }
    }

    [ApiFact]
    public async Task Only_the_exact_IDE_page_and_its_assets_are_anonymous()
    {
        var page = await RawHttp.SendAsync(api.Endpoint, "GET", "/graphql", [Html]);
        Assert.Equal(200, page.Status);
        Assert.Contains("<html", page.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("type Query", page.Body, StringComparison.Ordinal);

        Assert.Equal(200, (await RawHttp.SendAsync(api.Endpoint, "GET", "/graphql/ide/graphiql.min.css", [])).Status);
        Assert.Equal(404, (await RawHttp.SendAsync(api.Endpoint, "GET", "/graphql/ide/schema.graphql", [])).Status);
        var traversal = await RawHttp.SendAsync(api.Endpoint, "GET", $"/graphql/ide/..%2F?{TypeName}", [Json]);
        Assert.Equal(404, traversal.Status);
        Assert.DoesNotContain("\"data\"", traversal.Body, StringComparison.Ordinal);
    }

    [ApiFact]
    public async Task A_valid_key_gets_data_on_the_same_shapes()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var trailing = await RawHttp.SendAsync(api.Endpoint, "GET", $"/graphql/?{TypeName}", [Json, "Authorization: Bearer " + key]);
        Assert.Equal(200, trailing.Status);
        Assert.Contains("\"__typename\":\"Query\"", trailing.Body, StringComparison.Ordinal);

        var sdl = await RawHttp.SendAsync(api.Endpoint, "GET", "/graphql?sdl", [Html, "Authorization: Bearer " + key]);
        Assert.Equal(200, sdl.Status);
        Assert.Contains("type Query", sdl.Body, StringComparison.Ordinal);
    }

    [ApiTheory]
    [InlineData("none")]
    [InlineData("unknown")]
    [InlineData("revoked")]
    public async Task A_WebSocket_without_a_valid_key_runs_nothing(string credential)
    {
        var key = await CredentialAsync(credential);
        using var socket = await ConnectAsync();
        await SendAsync(socket, key is null ? new { type = "connection_init" } : new { type = "connection_init", payload = new { Authorization = "Bearer " + key } });
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ __typename requests(first: 1) { totalCount } }" } });

        var (type, text) = await ReceiveAsync(socket);
        Assert.Equal(WebSocketMessageType.Close, type);
        Assert.Equal(4403, (int)socket.CloseStatus!);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", socket.CloseStatusDescription, StringComparison.Ordinal);
        Assert.DoesNotContain("data", text, StringComparison.Ordinal);
    }

    [ApiFact]
    public async Task A_WebSocket_that_subscribes_before_connection_init_is_closed_with_4401()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ __typename }" } });
        var (type, _) = await ReceiveAsync(socket);
        Assert.Equal(WebSocketMessageType.Close, type);
        Assert.Equal(4401, (int)socket.CloseStatus!);
    }

    [ApiTheory]
    [InlineData("unknown")]
    [InlineData("revoked")]
    public async Task A_WebSocket_upgrade_with_a_bad_Authorization_header_gets_401(string credential)
    {
        var key = await CredentialAsync(credential);
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.SetRequestHeader("Authorization", "Bearer " + key);
        socket.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(WebSocketUri(), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
    }

    private async Task<string?> CredentialAsync(string credential)
    {
        switch (credential)
        {
            case "unknown":
                return ApiKeyGenerator.NewKey();
            case "revoked":
                var key = await api.KeyAsync(ApiKeyRole.Admin);
                await api.RevokeAsync(key);
                return key;
            default:
                return null;
        }
    }

    private Uri WebSocketUri() => new UriBuilder(api.Endpoint) { Scheme = "ws" }.Uri;

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(WebSocketUri(), CancellationToken.None);
        return socket;
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<(WebSocketMessageType Type, string Text)> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return (result.MessageType, Encoding.UTF8.GetString(buffer, 0, result.Count));
    }
}
