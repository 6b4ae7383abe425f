using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using GraphApi.Security;

namespace GraphApi.Tests.Api;

public class AuthenticationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(string? authorization)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ requests(first: 1) { totalCount } }" }) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone(), response);
    }

    [ApiTheory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    [InlineData("Bearer gapi_not-a-real-key")]
    public async Task Requests_without_a_valid_key_get_401_and_AUTH_NOT_AUTHENTICATED(string? authorization)
    {
        var (status, body, response) = await PostAsync(authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], body.Codes());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [ApiFact]
    public async Task A_valid_key_is_accepted_and_a_revoked_one_is_refused()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var (status, body, _) = await PostAsync("bearer " + key);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(300, body.Ok().At("data.requests.totalCount").GetInt32());

        var revoked = await api.KeyAsync(ApiKeyRole.Staff);
        await using (var db = api.Database.CreateContext())
        {
            var hash = ApiKeyGenerator.Hash(revoked);
            db.ApiKeys.Single(k => k.Hash == hash).RevokedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("Bearer " + revoked)).Status);
    }

    [ApiFact]
    public async Task The_IDE_page_opens_without_a_key_but_the_SDL_needs_one()
    {
        using var client = api.CreateClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var pageResponse = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Contains("<html", await pageResponse.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        using var sdl = await client.GetAsync("/graphql?sdl");
        Assert.Equal(HttpStatusCode.Unauthorized, sdl.StatusCode);
    }

    [ApiFact]
    public async Task A_WebSocket_authenticates_in_connection_init()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);

        using var refused = await GraphQLSocket.ConnectAsync(api);
        await GraphQLSocket.SendAsync(refused, new { type = "connection_init", payload = new { } });
        var closed = await refused.ReceiveAsync(new byte[1024], CancellationToken.None);
        Assert.Equal(WebSocketMessageType.Close, closed.MessageType);
        Assert.Equal(4403, (int)refused.CloseStatus!);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", refused.CloseStatusDescription, StringComparison.Ordinal);

        using var accepted = await GraphQLSocket.OpenAsync(api, key);
        await GraphQLSocket.SendAsync(accepted, new { id = "1", type = "subscribe", payload = new { query = "{ requests(first: 1) { totalCount } }" } });
        Assert.Contains("\"totalCount\":300", await GraphQLSocket.ReceiveAsync(accepted), StringComparison.Ordinal);
    }
}
