using System.Net;
using System.Text;
using GraphApi.GraphQL.AspNetCore.Persisted;

namespace GraphApi.GraphQL.AspNetCore.Tests;

/// <summary>The persisted-only mode: registered documents run, by id or by text; other query text is refused.</summary>
public sealed class PersistedOnlyTests : IAsyncLifetime
{
    private readonly TestServer _server = new(options => options.OnlyPersistedOperations = true);

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Only_persisted_documents_run()
    {
        var document = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "operations", "hello.graphql"));
        Assert.Equal("""{"data":{"hello":"Hello, persisted!"}}""", await PostAsync($$"""{"id":"{{PersistedOperationStore.Hash(document)}}"}""", HttpStatusCode.OK));
        Assert.Equal("""{"data":{"hello":"Hello, persisted!"}}""", await PostAsync(System.Text.Json.JsonSerializer.Serialize(new { query = document }), HttpStatusCode.OK));
        Assert.Contains("PERSISTED_QUERY_REQUIRED", await PostAsync("""{"query":"{ hello }"}""", HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    private async Task<string> PostAsync(string body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.Endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await _server.Client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
