using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using GraphApi.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Security;

/// <summary>Identity-provider tokens (JwtBearer): valid ones map to a role (and a customer), every bad one gets 401 and AUTH_NOT_AUTHENTICATED, over HTTP and in connection_init.</summary>
public class JwtAuthenticationTests(JwtApiFactory api) : IClassFixture<JwtApiFactory>
{
    private static Dictionary<string, object> Claims(string subject, params string[] roles) =>
        new() { ["sub"] = subject, ["roles"] = roles, ["preferred_username"] = subject + "@corp.example" };

    [ApiFact]
    public async Task A_staff_token_reads_everything()
    {
        var (status, body, _) = await PostAsync(api.Token(Claims("alice", "GraphApi.Staff")), "{ requests(first: 1) { totalCount } }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(300, body.Ok().At("data.requests.totalCount").GetInt32());
    }

    [ApiFact]
    public async Task The_most_privileged_mapped_role_counts_and_unmapped_ones_are_ignored()
    {
        var token = api.Token(Claims("root", "Some.Other.App", "GraphApi.Staff", "GraphApi.Admin"));
        var (status, body, _) = await PostAsync(token, "mutation { createStaffMember(input: { name: \"Token Made\", email: \"token.made@corp.example\", team: \"Ops\" }) { errors { code } } }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [ApiTheory]
    [InlineData("id")]
    [InlineData("email")]
    public async Task A_customer_token_sees_only_its_customer_named_by_id_or_email(string form)
    {
        string email;
        int expected;
        await using (var db = api.Database.CreateContext())
        {
            email = await db.Customers.Where(c => c.Id == 1).Select(c => c.Email).SingleAsync();
            expected = await db.Requests.CountAsync(r => r.CustomerId == 1);
        }

        var claims = Claims("customer-1", "GraphApi.Customer");
        claims["customer"] = form == "id" ? ApiFactory.Id("Customer", 1) : email;
        var (status, body, _) = await PostAsync(api.Token(claims), "{ requests { totalCount } customers { totalCount } }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, body.Ok().At("data.requests.totalCount").GetInt32());
        Assert.Equal(1, body.At("data.customers.totalCount").GetInt32());
    }

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "expired", "expired" },
        { "wrong audience", "audience" },
        { "wrong issuer", "issuer" },
        { "impostor's signature", "signature" },
        { "no mapped role", "names no GraphApi role" },
        { "customer without a customer claim", "needs a 'customer' claim" },
        { "customer claim naming nobody", "names no customer" },
        { "customer id naming nobody", "names no customer" },
        { "no subject", "'sub'" },
        { "not a token", "neither an API key nor a well-formed token" },
    };

    [ApiTheory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_gets_401_with_a_coded_error_saying_why(string kind, string reason)
    {
        var (status, body, response) = await PostAsync(BadToken(kind), "{ requests(first: 1) { totalCount } }");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], body.Codes());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains(reason, body.Text("errors.0.message"), StringComparison.Ordinal);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [ApiFact]
    public async Task A_WebSocket_authenticates_with_a_token_in_connection_init()
    {
        var (socket, answer) = await TestSocket.InitAsync(api.Endpoint, api.Token(Claims("bob", "GraphApi.Connector")));
        using (socket)
        {
            Assert.Equal("connection_ack", answer.Type);
            await TestSocket.SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ requests(first: 1) { totalCount } }" } });
            Assert.Contains("\"totalCount\":300", (await TestSocket.ReceiveAsync(socket)).Text, StringComparison.Ordinal);
        }
    }

    [ApiTheory]
    [InlineData("expired", "expired")]
    [InlineData("wrong audience", "audience")]
    [InlineData("impostor's signature", "signature")]
    public async Task A_WebSocket_with_a_bad_token_is_closed_with_4403_saying_why(string kind, string reason)
    {
        var (socket, answer) = await TestSocket.InitAsync(api.Endpoint, BadToken(kind));
        using (socket)
        {
            Assert.Equal(4403, answer.CloseCode);
            Assert.Contains("AUTH_NOT_AUTHENTICATED", answer.CloseReason, StringComparison.Ordinal);
            Assert.Contains(reason, answer.CloseReason, StringComparison.Ordinal);
        }
    }

    [ApiFact]
    public async Task A_WebSocket_ends_when_its_token_expires()
    {
        var (socket, answer) = await TestSocket.InitAsync(api.Endpoint, api.Token(Claims("brief", "GraphApi.Connector"), expiresIn: TimeSpan.FromSeconds(3)));
        using (socket)
        {
            Assert.Equal("connection_ack", answer.Type);
            var clock = Stopwatch.StartNew();
            await TestSocket.SendAsync(socket, new { id = "events", type = "subscribe", payload = new { query = "subscription { events { id } }" } });

            var closed = await TestSocket.ReceiveAsync(socket);
            Assert.Equal(4403, closed.CloseCode);
            Assert.Contains("expired", closed.CloseReason, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"closed after {clock.Elapsed}");
        }
    }

    private string BadToken(string kind)
    {
        using var impostor = RSA.Create(2048);
        var customer = Claims("c", "GraphApi.Customer");
        return kind switch
        {
            "expired" => api.Token(Claims("late", "GraphApi.Staff"), expiresIn: TimeSpan.FromMinutes(-10)),
            "wrong audience" => api.Token(Claims("x", "GraphApi.Staff"), audience: "api://someone-else"),
            "wrong issuer" => api.Token(Claims("x", "GraphApi.Staff"), issuer: "https://evil.example.test/"),
            "impostor's signature" => api.Token(Claims("x", "GraphApi.Admin"), signingKey: impostor),
            "no mapped role" => api.Token(Claims("x", "Some.Other.App")),
            "customer without a customer claim" => api.Token(customer),
            "customer claim naming nobody" => api.Token(new Dictionary<string, object>(customer) { ["customer"] = "nobody@nowhere.example" }),
            "customer id naming nobody" => api.Token(new Dictionary<string, object>(customer) { ["customer"] = ApiFactory.Id("Customer", 99_999) }),
            "no subject" => api.Token(new Dictionary<string, object> { ["roles"] = new[] { "GraphApi.Staff" } }),
            _ => "not.a.token",
        };
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(string token, string query)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, api.Endpoint) { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone(), response);
    }
}
