using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphApi.Customers;
using GraphApi.Security;
using GraphApi.Tests.Api;

namespace GraphApi.Tests.Security;

/// <summary>Each key's token bucket pays for its operations' cost (customers' hold 60 here); an empty one answers 429 with Retry-After and RATE_LIMITED on every transport.</summary>
public class RateLimitTests(LimitedApiFactory api) : IClassFixture<LimitedApiFactory>
{
    private const string Query = "{ requests(first: 5) { nodes { id title } } }";

    // Three aliased pages: 3 x 32 = 96, more than a customer's bucket of 60 holds.
    private const string Expensive = "{ a: requests { nodes { id title status } } b: requests { nodes { id title status } } c: requests { nodes { id title status } } }";

    [ApiFact]
    public async Task A_customer_key_spends_its_bucket_then_gets_429_with_Retry_After_while_other_keys_go_on()
    {
        var key = await api.KeyAsync(ApiKeyRole.Customer, 1);
        var answered = 0;
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 20 && limited is null; i++)
        {
            var response = await PostAsync(key, Query);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                answered++;
                response.Dispose();
            }
            else
            {
                limited = response;
            }
        }

        Assert.NotNull(limited);
        using (limited)
        {
            Assert.InRange(answered, 1, 10);
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            var retryAfter = limited.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.True(retryAfter > TimeSpan.Zero);
            var body = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(["RATE_LIMITED"], body.Codes());
            Assert.False(body.TryGetProperty("data", out _));
            Assert.True(body.At("errors.0.extensions.retryAfter").GetDouble() > 0);
        }

        using var otherCustomer = await PostAsync(await api.KeyAsync(ApiKeyRole.Customer, 2), Query);
        Assert.Equal(HttpStatusCode.OK, otherCustomer.StatusCode);
        using var staff = await PostAsync(await api.KeyAsync(ApiKeyRole.Staff), Query);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
    }

    [ApiFact]
    public async Task An_operation_costing_more_than_the_bucket_holds_empties_it_rather_than_running_for_free()
    {
        var key = await api.KeyAsync(ApiKeyRole.Customer, 3);
        using var expensive = await PostAsync(key, Expensive);
        Assert.Equal(HttpStatusCode.OK, expensive.StatusCode);

        using var next = await PostAsync(key, "{ __typename requests(first: 1) { totalCount } }");
        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
    }

    [ApiFact]
    public async Task An_empty_bucket_refuses_over_WebSocket_and_event_streams_too()
    {
        var key = await api.KeyAsync(ApiKeyRole.Customer, 4);
        using (var drain = await PostAsync(key, Expensive))
        {
            Assert.Equal(HttpStatusCode.OK, drain.StatusCode);
        }

        var (socket, answer) = await TestSocket.InitAsync(api.Endpoint, key);
        using (socket)
        {
            Assert.Equal("connection_ack", answer.Type);
            await TestSocket.SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Query } });
            var refused = await TestSocket.ReceiveAsync(socket);
            Assert.Equal("error", refused.Type);
            Assert.Contains("RATE_LIMITED", refused.Text, StringComparison.Ordinal);
        }

        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, api.Endpoint + "?query=" + Uri.EscapeDataString(Query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var stream = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.TooManyRequests, stream.StatusCode);
        Assert.NotNull(stream.Headers.RetryAfter);
        Assert.Contains("RATE_LIMITED", await stream.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(string key, string query)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, api.Endpoint) { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }
}
