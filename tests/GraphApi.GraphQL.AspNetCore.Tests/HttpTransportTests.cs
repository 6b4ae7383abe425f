using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.AspNetCore.Persisted;

namespace GraphApi.GraphQL.AspNetCore.Tests;

public sealed class HttpTransportTests(TestServer server) : IClassFixture<TestServer>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Post_query_answers_graphql_response_json()
    {
        using var response = await PostAsync("""{"query":"{ hello }"}""", GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Legacy_clients_get_application_json()
    {
        using var response = await PostAsync("""{"query":"{ hello(name: \"x\") }"}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_query_with_variables()
    {
        var url = $"{server.Endpoint}?query={Uri.EscapeDataString("query($n: String) { hello(name: $n) }")}&variables={Uri.EscapeDataString("{\"n\":\"get\"}")}";
        using var response = await server.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, get!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post()
    {
        using var response = await server.Client.GetAsync($"{server.Endpoint}?query={Uri.EscapeDataString("mutation { increment }")}");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Malformed_json_is_400_without_data()
    {
        using var response = await PostAsync("{\"query\":", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Equal("BAD_REQUEST", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"query":"{"}""", "GRAPHQL_PARSE_FAILED")]
    [InlineData("""{"query":"{ nope }"}""", "GRAPHQL_VALIDATION_FAILED")]
    public async Task Parse_and_validation_failures_are_400_under_graphql_response_json_and_200_under_json(string body, string code)
    {
        using (var response = await PostAsync(body, GraphQLResponse))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.False(json.RootElement.TryGetProperty("data", out _));
            Assert.Equal(code, json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        using (var response = await PostAsync(body, "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Field_errors_keep_data_and_hide_exception_details()
    {
        using var response = await PostAsync("""{"query":"{ fail hello }"}""", GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"data\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413_with_a_graphql_error()
    {
        var query = "{ hello }" + new string(' ', 70 * 1024);
        using var response = await PostAsync(JsonSerializer.Serialize(new { query }), GraphQLResponse);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_sent_in_small_chunks_is_read_whole_even_when_a_character_straddles_two_chunks()
    {
        // 20 KB: the body spans several of the server's buffer segments, and some characters their boundaries.
        var name = string.Concat(Enumerable.Repeat("Zoë 😀 ", 2000));
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "query($n: String) { hello(name: $n) }", variables = new { n = name } }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = new TrickleContent(body, 5) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponse));
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"Hello, {name}!", answer.RootElement.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
        {
            Content = new TrickleContent(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ hello }" + new string(' ', 70 * 1024) })), 4096),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponse));
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_carry_their_content_length()
    {
        using var response = await PostAsync("""{"query":"{ hello }"}""", GraphQLResponse);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Null(response.Headers.TransferEncodingChunked);
    }

    [Theory]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json; charset=utf-8", GraphQLResponse)]
    [InlineData("APPLICATION/JSON", "application/json")]
    [InlineData("*/*", "application/json")]
    public async Task Accept_headers_with_several_types_parameters_or_any_case_are_negotiated(string accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Parser_depth_limit_is_4xx_with_its_code()
    {
        var query = "{ hello(name: " + new string('[', 300) + new string(']', 300) + ") }";
        using var response = await PostAsync(JsonSerializer.Serialize(new { query }), GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("MAX_DEPTH_EXCEEDED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_content_type_is_415_and_wrong_method_405()
    {
        using var content = new StringContent("{ hello }", Encoding.UTF8, "text/plain");
        using var response = await server.Client.PostAsync(server.Endpoint, content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        using var put = await server.Client.PutAsync(server.Endpoint, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
    }

    [Fact]
    public async Task Persisted_document_by_id_and_by_persisted_query_extension()
    {
        var hash = PersistedOperationStore.Hash(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "operations", "hello.graphql")));
        using (var response = await PostAsync($$"""{"id":"{{hash}}"}""", GraphQLResponse))
        {
            Assert.Equal("""{"data":{"hello":"Hello, persisted!"}}""", await response.Content.ReadAsStringAsync());
        }

        using (var response = await PostAsync("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}}", GraphQLResponse))
        {
            Assert.Equal("""{"data":{"hello":"Hello, persisted!"}}""", await response.Content.ReadAsStringAsync());
        }

        using (var response = await PostAsync("""{"id":"0000"}""", GraphQLResponse))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("PERSISTED_QUERY_NOT_FOUND", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sdl_endpoint_returns_the_schema_as_text()
    {
        using var response = await server.Client.GetAsync($"{server.Endpoint}?sdl");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("type Subscription", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_gets_the_ide_and_its_assets()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Endpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await server.Client.SendAsync(request);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("graphiql", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        using var asset = await server.Client.GetAsync($"{server.Endpoint}/ide/graphiql.min.js");
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
    }

    [Fact]
    public async Task Ide_bundles_are_revalidated_by_etag_and_an_unknown_one_is_not_found()
    {
        using var asset = await server.Client.GetAsync($"{server.Endpoint}/ide/graphiql.min.css");
        Assert.Equal("text/css", asset.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["nosniff"], asset.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(asset.Content.Headers.ContentLength > 0);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"{server.Endpoint}/ide/graphiql.min.css");
        again.Headers.TryAddWithoutValidation("If-None-Match", asset.Headers.ETag!.ToString());
        using var cached = await server.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
        Assert.Empty(await cached.Content.ReadAsByteArrayAsync());

        using var missing = await server.Client.GetAsync($"{server.Endpoint}/ide/no-such-bundle.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Sse_streams_next_events_then_complete()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
        {
            Content = new StringContent("""{"query":"subscription { counter(to: 3) }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await server.Client.SendAsync(request);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("event: next\ndata: {\"data\":{\"counter\":3}}", text, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata: \n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sse_over_get_sends_keep_alive_comments_while_idle()
    {
        var own = new TestServer(options => options.ServerSentEventsKeepAliveInterval = TimeSpan.FromMilliseconds(50));
        await own.InitializeAsync();
        try
        {
            var query = Uri.EscapeDataString("subscription { counter(to: 20) }");
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{own.Endpoint}?query={query}");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var response = await own.Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains(":\n\n", text, StringComparison.Ordinal);
            Assert.Contains("data: {\"data\":{\"counter\":20}}", text, StringComparison.Ordinal);
            Assert.EndsWith("event: complete\ndata: \n\n", text, StringComparison.Ordinal);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    [Fact]
    public async Task Ide_can_be_turned_off()
    {
        var own = new TestServer(options => options.EnableIde = false);
        await own.InitializeAsync();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, own.Endpoint);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
            using var response = await own.Client.SendAsync(request);
            Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
            using var asset = await own.Client.GetAsync($"{own.Endpoint}/ide/graphiql.min.js");
            Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await server.Client.SendAsync(request);
    }

    /// <summary>A body of unknown length (sent chunked), written a few bytes at a time with a flush after each.</summary>
    private sealed class TrickleContent : HttpContent
    {
        private readonly byte[] _body;
        private readonly int _chunkBytes;

        public TrickleContent(byte[] body, int chunkBytes)
        {
            _body = body;
            _chunkBytes = chunkBytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < _body.Length; offset += _chunkBytes)
            {
                await stream.WriteAsync(_body.AsMemory(offset, Math.Min(_chunkBytes, _body.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
