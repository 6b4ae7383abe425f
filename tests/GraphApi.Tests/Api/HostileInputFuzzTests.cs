using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphApi.Api;
using GraphApi.Security;
using Xunit.Abstractions;

namespace GraphApi.Tests.Api;

/// <summary>
/// Seeded fuzzing over HTTP and WebSocket (see <see cref="HostileInput"/>): no 5xx, no socket closed without a protocol
/// close code, nothing slower than 5 s, and the server answers normally afterwards. <c>GRAPHAPI_FUZZ_SEED</c> and
/// <c>GRAPHAPI_FUZZ_REQUESTS</c> reproduce or widen a run; the report gives counts and latency percentiles.
/// </summary>
public sealed class HostileInputFuzzTests(KestrelApiFactory api, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    private const int DefaultRequests = 400;
    private const int Parallelism = 4;
    private static readonly TimeSpan Slowest = TimeSpan.FromSeconds(5);

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("GRAPHAPI_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 1414;

    private static int Requests => int.TryParse(Environment.GetEnvironmentVariable("GRAPHAPI_FUZZ_REQUESTS"), CultureInfo.InvariantCulture, out var count) ? count : DefaultRequests;

    [Fact]
    public async Task Hostile_HTTP_requests_get_4xx_or_answers_never_5xx_and_none_is_slow()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        var input = new HostileInput(Seed, Corpus());
        var requests = Enumerable.Range(0, Requests).Select(_ => input.NextHttp()).ToList();
        using var client = new HttpClient { BaseAddress = api.Endpoint, Timeout = TimeSpan.FromSeconds(30) };

        // Warm-up, untimed: each valid operation once, so the timings measure hostile input, not the first JIT.
        foreach (var (query, variables) in Corpus())
        {
            await SendAsync(client, key, new HostileRequest("warm-up", HttpMethod.Post, string.Empty, Encoding.UTF8.GetBytes(variables is null ? $$"""{"query":{{JsonSerializer.Serialize(query)}}}""" : $$"""{"query":{{JsonSerializer.Serialize(query)}},"variables":{{variables}}}""")));
        }

        var failures = new List<string>();
        var timings = new List<(string Kind, TimeSpan Elapsed)>();
        using var slots = new SemaphoreSlim(Parallelism);

        await Task.WhenAll(requests.Select((hostile, index) => Task.Run(async () =>
        {
            await slots.WaitAsync();
            try
            {
                var (failure, elapsed) = await SendAsync(client, key, hostile);
                lock (timings)
                {
                    timings.Add((hostile.Kind, elapsed));
                    if (failure is not null)
                    {
                        failures.Add($"#{index} {hostile.Kind}: {failure} (request: {hostile.Method} {Truncate(hostile.PathAndQuery)} {Truncate(hostile.Body is null ? string.Empty : Encoding.UTF8.GetString(hostile.Body))})");
                    }
                }
            }
            finally
            {
                slots.Release();
            }
        })));

        Report("HTTP", timings);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.All(timings, t => Assert.True(t.Elapsed < Slowest, $"{t.Kind} took {t.Elapsed.TotalMilliseconds:F0} ms"));
        await AssertAliveAsync(client, key);
    }

    [Fact]
    public async Task Hostile_WebSocket_messages_get_errors_or_protocol_close_codes_and_the_server_lives_on()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        var input = new HostileInput(Seed + 1, Corpus());
        var failures = new List<string>();
        var timings = new List<(string Kind, TimeSpan Elapsed)>();
        var closes = new Dictionary<string, int>(StringComparer.Ordinal);
        var conversations = Math.Max(20, Requests / 4);
        using var slots = new SemaphoreSlim(Parallelism);

        await Task.WhenAll(Enumerable.Range(0, conversations).Select(index => input.NextSocket()).ToList().Select((conversation, index) => Task.Run(async () =>
        {
            await slots.WaitAsync();
            try
            {
                var started = Stopwatch.StartNew();
                var (failure, close) = await ConverseAsync(key, conversation.Messages, conversation.SkipInit, awaitRefusal: conversation.Kind == "ws-garbage");
                lock (timings)
                {
                    timings.Add((conversation.Kind, started.Elapsed));
                    closes[close] = closes.GetValueOrDefault(close) + 1;
                    if (failure is not null)
                    {
                        failures.Add($"#{index} {conversation.Kind}: {failure}");
                    }
                }
            }
            finally
            {
                slots.Release();
            }
        })));

        Report("WebSocket", timings);
        output.WriteLine("Endings: " + string.Join(", ", closes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} x{c.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.All(timings, t => Assert.True(t.Elapsed < Slowest, $"{t.Kind} took {t.Elapsed.TotalMilliseconds:F0} ms"));
        using var socket = await OpenAsync(key);
        await SendTextAsync(socket, """{"id":"alive","type":"subscribe","payload":{"query":"{ __typename }"}}""");
        Assert.Contains("\"Query\"", (await ReceiveAsync(socket)).Text, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = api.Endpoint };
        await AssertAliveAsync(client, key);
    }

    /// <summary>The example operations (with their variables) and a few more, valid and answered with data.</summary>
    private static List<(string Query, string? Variables)> Corpus()
    {
        var folder = Path.Combine(Path.GetDirectoryName(SchemaCommand.DefaultPath(AppContext.BaseDirectory))!, "operations");
        var corpus = Directory.GetFiles(folder, "*.graphql").Order(StringComparer.Ordinal)
            .Select(file => (File.ReadAllText(file), File.Exists(Path.ChangeExtension(file, ".variables.json")) ? File.ReadAllText(Path.ChangeExtension(file, ".variables.json")) : null))
            .ToList();
        corpus.Add(("{ requests(first: 5, where: { status: { in: [NEW, TRIAGED] } }, order: [{ priority: DESC }]) { totalCount pageInfo { endCursor hasNextPage } nodes { id number title status customer { name } } } }", null));
        corpus.Add(("query($id: ID!) { node(id: $id) { id ... on Request { title interactions(first: 3) { nodes { summary } } } } }", """{"id":"UmVxdWVzdDox"}"""));
        corpus.Add(("query($after: String) { events(first: 10, after: $after) { nodes { id type cursor } pageInfo { endCursor } } }", """{"after":null}"""));
        corpus.Add(("mutation($input: ChangeRequestStatusInput!) { changeRequestStatus(input: $input) { errors { code } } }", """{"input":{"requestId":"UmVxdWVzdDoy","status":"TRIAGED"}}"""));
        return corpus;
    }

    private static async Task<(string? Failure, TimeSpan Elapsed)> SendAsync(HttpClient client, string key, HostileRequest hostile)
    {
        using var request = new HttpRequestMessage(hostile.Method, hostile.PathAndQuery);
        if (hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(hostile.Body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json");
        var started = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = started.Elapsed;
            // Kestrel answers an over-long request line or header itself, before the endpoint could code an error.
            if (response.StatusCode is System.Net.HttpStatusCode.RequestUriTooLong or System.Net.HttpStatusCode.RequestHeaderFieldsTooLarge)
            {
                return (null, elapsed);
            }

            if ((int)response.StatusCode >= 500)
            {
                return ($"HTTP {(int)response.StatusCode}: {Truncate(body)}", elapsed);
            }

            return ((int)response.StatusCode >= 400 && !body.Contains("\"code\"", StringComparison.Ordinal) ? $"HTTP {(int)response.StatusCode} without a coded error: {Truncate(body)}" : null, elapsed);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return ($"no answer: {exception.Message}", started.Elapsed);
        }
    }

    /// <summary>
    /// Initialises (unless told not to), sends the messages, then a ping: the server must answer it or close with a protocol
    /// code. With <paramref name="awaitRefusal"/> (bytes that are not UTF-8, which the WebSocket layer itself closes on with
    /// 1007) it first waits a second for the close: a client that sends on after a close loses it to the connection's reset.
    /// </summary>
    private async Task<(string? Failure, string Ending)> ConverseAsync(string key, IReadOnlyList<byte[]> messages, bool skipInit, bool awaitRefusal)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(Slowest);
        try
        {
            await socket.ConnectAsync(WebSocketEndpoint(), timeout.Token);
            if (!skipInit)
            {
                await SendTextAsync(socket, $$$"""{"type":"connection_init","payload":{"Authorization":"Bearer {{{key}}}"}}""");
                var ack = await ReceiveAsync(socket, timeout.Token);
                if (!ack.Text.Contains("connection_ack", StringComparison.Ordinal))
                {
                    return ($"no ack: {ack.Text}", "no-ack");
                }
            }

            foreach (var message in messages)
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, true, timeout.Token);
            }

            var receiving = ReceiveAsync(socket, timeout.Token);
            if (!awaitRefusal || await Task.WhenAny(receiving, Task.Delay(1_000, timeout.Token)) != receiving)
            {
                await SendTextAsync(socket, """{"type":"ping"}""");
            }

            while (true)
            {
                var received = await receiving;
                if (received.Close is { } status)
                {
                    return status is 1011 or 4500 ? ($"closed with {status} {socket.CloseStatusDescription}", status.ToString(CultureInfo.InvariantCulture)) : (null, status.ToString(CultureInfo.InvariantCulture));
                }

                if (received.Text.Contains("\"pong\"", StringComparison.Ordinal))
                {
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                    return (null, "pong");
                }

                receiving = ReceiveAsync(socket, timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return ($"no answer within {Slowest.TotalSeconds} s", "timeout");
        }
        catch (WebSocketException exception)
        {
            // A send after the server closed is the client's race; a socket that ends without a close frame is not, except
            // for text frames that are not UTF-8: ASP.NET Core's WebSocket layer refuses those itself (1007, or a reset
            // when the client's next frame is still unread), before the endpoint sees the message.
            if (socket.CloseStatus is { } status)
            {
                return (null, ((int)status).ToString(CultureInfo.InvariantCulture));
            }

            return awaitRefusal ? (null, "reset-by-websocket-layer") : ($"socket ended without a close code: {exception.Message}", "aborted");
        }
    }

    private async Task<WebSocket> OpenAsync(string key)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(WebSocketEndpoint(), CancellationToken.None);
        await SendTextAsync(socket, $$$"""{"type":"connection_init","payload":{"Authorization":"Bearer {{{key}}}"}}""");
        Assert.Contains("connection_ack", (await ReceiveAsync(socket)).Text, StringComparison.Ordinal);
        return socket;
    }

    private Uri WebSocketEndpoint() => new UriBuilder(api.Endpoint) { Scheme = "ws" }.Uri;

    private static Task SendTextAsync(WebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next whole message, or the close status when the server closed.</summary>
    private static async Task<(string Text, int? Close)> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return (string.Empty, (int?)socket.CloseStatus ?? 1005);
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return (Encoding.UTF8.GetString(message.ToArray()), null);
            }
        }
    }

    private static async Task AssertAliveAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty) { Content = new StringContent("""{"query":"{ requests(first: 1) { totalCount } }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.At("data.requests.totalCount").GetInt32() > 0);
    }

    private void Report(string transport, List<(string Kind, TimeSpan Elapsed)> timings)
    {
        var sorted = timings.Select(t => t.Elapsed.TotalMilliseconds).Order().ToList();
        double Percentile(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        output.WriteLine($"{transport}: {timings.Count} hostile inputs, seed {Seed}: p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {sorted[^1]:F1} ms");
        foreach (var kind in timings.GroupBy(t => t.Kind).OrderByDescending(g => g.Max(t => t.Elapsed)))
        {
            output.WriteLine($"  {kind.Key}: {kind.Count()}, max {kind.Max(t => t.Elapsed).TotalMilliseconds:F1} ms");
        }
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
