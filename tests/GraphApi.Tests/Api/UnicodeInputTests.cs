using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphApi.Security;

namespace GraphApi.Tests.Api;

/// <summary>
/// Text that is not Unicode (a lone UTF-16 surrogate escape, <c>\ud800</c>, which JSON parsers accept) is refused with
/// a 400 and a coded error on every transport, and nothing runs; numbers out of range are coded input errors.
/// </summary>
public class UnicodeInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string LoneSurrogate = "\\ud800";

    [ApiFact]
    public async Task A_lone_surrogate_in_the_query_is_the_syntax_error_graphql_js_gives()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);

        var (status, body) = await PostAsync(key, $$$"""{"query":"{ requests(first: 2) { nodes { id{{{LoneSurrogate}}} } } }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body.At("errors.0");
        Assert.Equal("Syntax Error: Invalid character: U+D800.", error.Text("message"));
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.Text("extensions.code"));
        Assert.Equal(1, error.At("locations.0.line").GetInt32());
        Assert.Equal(34, error.At("locations.0.column").GetInt32());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [ApiFact]
    public async Task A_lone_surrogate_inside_a_string_literal_is_a_syntax_error_too()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);

        var (status, body) = await PostAsync(key, $$$"""{"query":"{ requestByNumber(number: \"REQ-{{{LoneSurrogate}}}\") { id } }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", body.Text("errors.0.message"));
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], body.Codes());
    }

    [ApiTheory]
    [InlineData($$$"""{"query":"query($t: String!) { requestByNumber(number: $t) { id } }","variables":{"t":"x{{{LoneSurrogate}}}"}}""", "variables.t")]
    [InlineData($$$"""{"query":"query($t: [String!]) { requests(first: 1, where: { title: { in: $t } }) { totalCount } }","variables":{"t":["ok","\udc00x"]}}""", "variables.t[1]")]
    [InlineData($$$"""{"query":"{ __typename }","variables":{"a{{{LoneSurrogate}}}":"x"}}""", "A property name in variables")]
    [InlineData($$$"""{"query":"{ __typename }","operationName":"Op{{{LoneSurrogate}}}"}""", "\"operationName\"")]
    [InlineData($$$$"""{"query":"{ __typename }","extensions":{"trace":{"id":"{{{{LoneSurrogate}}}}"}}}""", "extensions.trace.id")]
    [InlineData($$$"""{"query":"{ __typename }","id":"{{{LoneSurrogate}}}"}""", "\"id\"")]
    public async Task A_lone_surrogate_anywhere_else_is_BAD_REQUEST_naming_where(string body, string where)
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);

        var (status, result) = await PostAsync(key, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["BAD_REQUEST"], result.Codes());
        Assert.Contains(where, result.Text("errors.0.message"), StringComparison.Ordinal);
        Assert.Contains("U+D", result.Text("errors.0.message"), StringComparison.Ordinal);
    }

    [ApiFact]
    public async Task A_surrogate_pair_is_text_and_runs()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);

        var (status, body) = await PostAsync(key, """{"query":"query($t: String!) { requestByNumber(number: $t) { id } }","variables":{"t":"\ud83d\ude00"}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.At("data.requestByNumber").ValueKind);
    }

    [ApiFact]
    public async Task A_member_name_with_a_lone_surrogate_the_reader_does_not_know_is_ignored()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);

        var (status, body) = await PostAsync(key, $$$"""{"query":"{ __typename }","x{{{LoneSurrogate}}}":1}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body.Text("data.__typename"));
    }

    [ApiTheory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("123456789012345678901234567890")]
    public async Task A_number_no_Int_can_hold_is_BAD_USER_INPUT(string number)
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);

        var (status, body) = await PostAsync(key, $$$$"""{"query":"query($n: Int) { requests(first: $n) { totalCount } }","variables":{"n":{{{{number}}}}}}""");

        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"status {status}");
        Assert.Equal(["BAD_USER_INPUT"], body.Codes());
    }

    [ApiTheory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task Over_GET_the_variables_are_checked_the_same_way(string accept)
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        using var client = api.CreateClient();
        var url = "/graphql?query=" + Uri.EscapeDataString("query($t: String!) { requestByNumber(number: $t) { id } }")
            + "&variables=" + Uri.EscapeDataString($$$"""{"t":"{{{LoneSurrogate}}}"}""");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["BAD_REQUEST"], body.RootElement.Codes());
    }

    [ApiFact]
    public async Task Over_GET_a_query_with_undecodable_bytes_is_a_syntax_error()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20__typename%ED%A0%80%20%7D");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], body.RootElement.Codes());
    }

    [ApiFact]
    public async Task Over_SSE_the_request_is_refused_before_the_stream_opens()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$$"""{"query":"subscription { requestStatusChanged { id{{{LoneSurrogate}}} } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Syntax Error: Invalid character: U+D800.", body.RootElement.Text("errors.0.message"));
    }

    [ApiFact]
    public async Task Over_WebSocket_a_subscribe_with_a_lone_surrogate_gets_an_error_message_and_the_socket_stays_open()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        using var socket = await GraphQLSocket.OpenAsync(api, key);

        await SendRawAsync(socket, $$$"""{"id":"1","type":"subscribe","payload":{"query":"{ __typename{{{LoneSurrogate}}} }"}}""");
        using var error = JsonDocument.Parse(await GraphQLSocket.ReceiveAsync(socket));
        await SendRawAsync(socket, $$$$"""{"id":"2","type":"subscribe","payload":{"query":"query($t: String) { __typename }","variables":{"t":"{{{{LoneSurrogate}}}}"}}}""");
        using var variablesError = JsonDocument.Parse(await GraphQLSocket.ReceiveAsync(socket));
        await GraphQLSocket.SendAsync(socket, new { id = "3", type = "subscribe", payload = new { query = "{ __typename }" } });
        var next = await GraphQLSocket.NextPayloadAsync(socket);

        Assert.Equal("error", error.RootElement.Text("type"));
        Assert.Equal("1", error.RootElement.Text("id"));
        Assert.Equal("Syntax Error: Invalid character: U+D800.", error.RootElement.Text("payload.0.message"));
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.RootElement.Text("payload.0.extensions.code"));
        Assert.Equal("error", variablesError.RootElement.Text("type"));
        Assert.Equal("BAD_REQUEST", variablesError.RootElement.Text("payload.0.extensions.code"));
        Assert.Equal("Query", next.Text("data.__typename"));
    }

    [ApiTheory]
    [InlineData($$$"""{"type":"connection_init","payload":{"Authorization":"Bearer {{{LoneSurrogate}}}"}}""")]
    [InlineData($$$"""{"type":"ping{{{LoneSurrogate}}}"}""")]
    public async Task Over_WebSocket_a_message_with_a_lone_surrogate_in_its_envelope_closes_with_4400(string message)
    {
        using var socket = await GraphQLSocket.ConnectAsync(api);

        await SendRawAsync(socket, message);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = await socket.ReceiveAsync(new byte[1024], timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        Assert.Equal(4400, (int)socket.CloseStatus!);
    }

    [ApiFact]
    public async Task Over_WebSocket_a_subscribe_id_with_a_lone_surrogate_closes_with_4400()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        using var socket = await GraphQLSocket.OpenAsync(api, key);

        await SendRawAsync(socket, $$$"""{"id":"{{{LoneSurrogate}}}","type":"subscribe","payload":{"query":"{ __typename }"}}""");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = await socket.ReceiveAsync(new byte[1024], timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        Assert.Equal(4400, (int)socket.CloseStatus!);
    }

    private static Task SendRawAsync(WebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string key, string body)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        using var response = await client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }
}
