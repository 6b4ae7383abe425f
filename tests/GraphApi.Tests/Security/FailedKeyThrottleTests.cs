using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphApi.Security;
using GraphApi.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Security;

/// <summary>An address whose keys keep failing is throttled (3 failures an hour here), and bad keys cannot push good ones out of the cache.</summary>
public class FailedKeyThrottleTests(ThrottledApiFactory api) : IClassFixture<ThrottledApiFactory>
{
    [ApiFact]
    public async Task After_its_failures_an_address_gets_429_for_unknown_keys_while_a_key_it_already_used_still_works()
    {
        var good = await api.KeyAsync(ApiKeyRole.Staff);
        using (var first = await PostAsync(good))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            using var failed = await PostAsync(ApiKeyGenerator.NewKey());
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var throttled = await PostAsync(ApiKeyGenerator.NewKey());
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var body = JsonDocument.Parse(await throttled.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["RATE_LIMITED"], body.Codes());

        using (var stillGood = await PostAsync(good))
        {
            Assert.Equal(HttpStatusCode.OK, stillGood.StatusCode);
        }

        var (socket, answer) = await TestSocket.InitAsync(api.Endpoint, ApiKeyGenerator.NewKey());
        using (socket)
        {
            Assert.Equal(1013, answer.CloseCode);
            Assert.Contains("RATE_LIMITED", answer.CloseReason, StringComparison.Ordinal);
        }
    }

    [ApiFact]
    public async Task A_flood_of_unknown_keys_does_not_evict_a_valid_one()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var limits = new SecurityLimitsOptions { KeyCacheSize = 8, UnknownKeyCacheSize = 8 };
        var throttle = new FailedAuthenticationThrottle(new RateLimitOptions { FailedAuthentication = new() { PermitLimit = 1_000_000 } });
        var authenticator = new ApiKeyAuthenticator(api.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, limits, throttle);
        Assert.NotNull((await authenticator.AuthenticateAsync(key, IPAddress.Loopback, CancellationToken.None)).Key);

        for (var i = 0; i < 200; i++)
        {
            Assert.Null((await authenticator.AuthenticateAsync(ApiKeyGenerator.NewKey(), IPAddress.Loopback, CancellationToken.None)).Key);
        }

        // With the row gone, only the cache can still know the key: it was not pushed out.
        await using (var db = api.Database.CreateContext())
        {
            var hash = ApiKeyGenerator.Hash(key);
            db.ApiKeys.Remove(db.ApiKeys.Single(k => k.Hash == hash));
            await db.SaveChangesAsync();
        }

        Assert.NotNull((await authenticator.AuthenticateAsync(key, IPAddress.Loopback, CancellationToken.None)).Key);
    }

    private async Task<HttpResponseMessage> PostAsync(string key)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, api.Endpoint) { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }
}
