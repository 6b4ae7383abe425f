using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphApi.Api;
using GraphApi.Security;

namespace GraphApi.Tests.Api;

/// <summary>
/// Every example in <c>schema/operations/</c> runs without errors against the demo data (variables from a sibling
/// <c>.variables.json</c>); subscriptions run over graphql-transport-ws and must deliver a change made meanwhile.
/// </summary>
public class OperationsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string Folder => Path.Combine(Path.GetDirectoryName(SchemaCommand.DefaultPath(AppContext.BaseDirectory))!, "operations");

    public static TheoryData<string> Operations() => new(Directory.GetFiles(Folder, "*.graphql").Select(Path.GetFileNameWithoutExtension).Order()!);

    [ApiTheory]
    [MemberData(nameof(Operations))]
    public async Task Example_operation_runs_cleanly(string name)
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        var query = await File.ReadAllTextAsync(Path.Combine(Folder, name + ".graphql"));
        var variablesFile = Path.Combine(Folder, name + ".variables.json");
        var variables = File.Exists(variablesFile) ? JsonSerializer.Deserialize<JsonElement>(await File.ReadAllTextAsync(variablesFile)) : (JsonElement?)null;

        var result = query.Contains("\nsubscription ", StringComparison.Ordinal)
            ? await SubscribeAsync(key, query, variables)
            : await api.GraphQLAsync(key, query, variables);

        result.Ok();
        Assert.DoesNotContain("\"errors\":[{", result.ToString(), StringComparison.Ordinal);
        Assert.True(result.GetProperty("data").EnumerateObject().All(p => p.Value.ValueKind != JsonValueKind.Null), result.ToString());
    }

    [ApiFact]
    public async Task Example_operations_are_persisted_documents_known_by_their_hash()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        var document = await File.ReadAllTextAsync(Path.Combine(Folder, "dashboard.graphql"));
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { documentId = GraphQL.AspNetCore.Persisted.PersistedOperationStore.Hash(document) }) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);

        using var response = await client.SendAsync(request);

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(50, body.Ok().At("data.requests.nodes").GetArrayLength());
    }

    /// <summary>Subscribes over WebSocket, changes a request's status, and returns the first event's payload.</summary>
    private async Task<JsonElement> SubscribeAsync(string key, string query, JsonElement? variables)
    {
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri(api.Server.BaseAddress, "graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + key } });
        Assert.Contains("connection_ack", await ReceiveAsync(socket), StringComparison.Ordinal);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query, variables } });

        var created = await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 1)}}", title: "Subscribed" }) { request { id } } }""");
        await api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{created.Text("data.createRequest.request.id")}}", status: TRIAGED }) { errors { code } } }""");

        using var message = JsonDocument.Parse(await ReceiveAsync(socket));
        Assert.Equal("next", message.RootElement.GetProperty("type").GetString());
        return message.RootElement.GetProperty("payload").Clone();
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<string> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[256 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, result.Count);
    }
}
