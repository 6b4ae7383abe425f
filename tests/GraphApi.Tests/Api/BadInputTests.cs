using System.Net;
using System.Text;
using GraphApi.Security;

namespace GraphApi.Tests.Api;

/// <summary>Malformed requests get GraphQL errors with a code, never a 500, and change nothing.</summary>
public class BadInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [ApiTheory]
    [InlineData("{ requests(first: 1) { nodes { title }", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ requests(first: 1) { nodes { nope } } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ requests(first: -1) { totalCount } }", "PAGING_NEGATIVE_SIZE")]
    [InlineData("{ requests(first: 101) { totalCount } }", "PAGING_MAX_SIZE_EXCEEDED")]
    [InlineData("{ requests(first: 1, after: \"not-a-cursor\") { totalCount } }", "PAGING_INVALID_CURSOR")]
    [InlineData("{ requests(where: { status: { eq: OPEN } }) { totalCount } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ requests(where: { customer: { id: { eq: \"UmVxdWVzdDox\" } } }) { totalCount } }", "INVALID_ID")]
    [InlineData("{ node(id: \"garbage\") { id } }", "INVALID_ID")]
    [InlineData("{ node(id: \"QXBpS2V5OjE=\") { id } }", "INVALID_ID")]
    [InlineData("{ request(id: \"Q3VzdG9tZXI6MQ==\") { id } }", "INVALID_ID")]
    public async Task Bad_queries_get_a_code(string query, string code)
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);

        var result = await api.GraphQLAsync(key, query);

        Assert.Contains(code, result.Codes());
    }

    [ApiFact]
    public async Task Deep_queries_are_refused_before_they_run()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        var query = "{ expectations(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("request { expectations { ", 8)) + "deliverable" + new string('}', 19);

        var result = await api.GraphQLAsync(key, query);

        Assert.Equal(["MAX_DEPTH_EXCEEDED"], result.Codes());
        Assert.False(result.TryGetProperty("data", out _));
    }

    [ApiFact]
    public async Task Wrong_variables_are_BAD_USER_INPUT()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);

        var wrongType = await api.GraphQLAsync(key, "query($n: Int) { requests(first: $n) { totalCount } }", new { n = "ten" });
        var badEnum = await api.GraphQLAsync(key, "mutation($s: RequestStatus!) { changeRequestStatus(input: { requestId: \"UmVxdWVzdDox\", status: $s }) { errors { code } } }", new { s = "DONE" });
        var missingInput = await api.GraphQLAsync(key, "mutation($i: CreateRequestInput!) { createRequest(input: $i) { errors { code } } }", new { i = new { title = "x" } });

        Assert.Equal(["BAD_USER_INPUT"], wrongType.Codes());
        Assert.Equal(["BAD_USER_INPUT"], badEnum.Codes());
        Assert.Equal(["BAD_USER_INPUT"], missingInput.Codes());
    }

    [ApiFact]
    public async Task Too_many_node_ids_are_refused()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        var ids = string.Join(",", Enumerable.Range(1, 101).Select(i => $"\"{ApiFactory.Id("Request", i)}\""));

        var result = await api.GraphQLAsync(key, $"{{ nodes(ids: [{ids}]) {{ id }} }}");

        Assert.Equal(["INVALID_INPUT"], result.Codes());
    }

    [ApiTheory]
    [InlineData("application/json", "{\"query\": ")]
    [InlineData("application/json", "[1, 2]")]
    [InlineData("text/plain", "{ __typename }")]
    public async Task Unreadable_bodies_are_4xx_with_a_code(string contentType, string body)
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);

        using var response = await client.SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Contains("\"code\":", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [ApiFact]
    public async Task An_oversized_body_is_413()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        using var client = api.CreateClient();
        var query = "{ __typename }" + new string(' ', 2 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent($"{{\"query\":\"{query}\"}}", Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
