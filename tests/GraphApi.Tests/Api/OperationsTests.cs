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
        using var socket = await GraphQLSocket.OpenAsync(api, key);
        await GraphQLSocket.SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query, variables } });

        var created = await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 1)}}", title: "Subscribed" }) { request { id } } }""");
        await api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{created.Text("data.createRequest.request.id")}}", status: TRIAGED }) { errors { code } } }""");

        return await GraphQLSocket.NextPayloadAsync(socket);
    }
}
