// Webhook delivery: a receiver on a loopback port (checking every signature) and a GraphApi server in another process.
// Measures deliveries per second draining a backlog (redeliverWebhookEvents over N committed events) and, for changes
// made one at a time, the delay from commit (the event's occurredAt, stamped in the committing transaction) to receipt.
// Started by bench/webhooks.sh, which starts the server and creates the key.
// Usage: GraphApi.WebhookBench --url http://127.0.0.1:6510/ --key <admin key> [--backlog 2000] [--rounds 200]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

var options = args.Chunk(2).ToDictionary(pair => pair[0].TrimStart('-'), pair => pair[1]);
var backlog = int.Parse(options.GetValueOrDefault("backlog", "2000"), CultureInfo.InvariantCulture);
var rounds = int.Parse(options.GetValueOrDefault("rounds", "200"), CultureInfo.InvariantCulture);
using var http = new HttpClient { BaseAddress = new Uri(options["url"]) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options["key"]);

async Task<JsonElement> GraphQLAsync(string query, object? variables = null)
{
    using var response = await http.PostAsJsonAsync("graphql", new { query, variables });
    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
    if (!response.IsSuccessStatusCode || body.TryGetProperty("errors", out _))
    {
        throw new InvalidOperationException($"{query}: HTTP {(int)response.StatusCode} {body}");
    }

    return body.GetProperty("data");
}

// The receiver: verifies the signature, records (receipt time, event id, occurredAt), answers 200.
var secret = "bench-secret-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
var received = Channel.CreateUnbounded<(long ReceivedAt, string Id, DateTime OccurredAt)>();
var badSignatures = 0;
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
await using var receiver = builder.Build();
receiver.MapPost("/hook", async (HttpContext context) =>
{
    using var buffer = new MemoryStream();
    await context.Request.Body.CopyToAsync(buffer);
    var at = Stopwatch.GetTimestamp();
    var body = buffer.ToArray();
    var timestamp = context.Request.Headers["X-GraphApi-Timestamp"].ToString();
    byte[] message = [.. Encoding.UTF8.GetBytes(timestamp + "."), .. body];
    var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    if (expected != context.Request.Headers["X-GraphApi-Signature"].ToString())
    {
        Interlocked.Increment(ref badSignatures);
    }

    using var json = JsonDocument.Parse(body);
    received.Writer.TryWrite((at, json.RootElement.GetProperty("id").GetString()!, json.RootElement.GetProperty("occurredAt").GetDateTime().ToUniversalTime()));
    return Results.Ok();
});
await receiver.StartAsync();
var hookUrl = receiver.Urls.First() + "/hook";

// Requests that can toggle IN_PROGRESS <-> WAITING_ON_CUSTOMER, one per writer.
var requests = (await GraphQLAsync("{ requests(where: { status: { in: [IN_PROGRESS, WAITING_ON_CUSTOMER] } }, first: 4) { nodes { id status } } }"))
    .GetProperty("requests").GetProperty("nodes").EnumerateArray().Select(n => (Id: n.GetProperty("id").GetString()!, Status: n.GetProperty("status").GetString()!)).ToArray();

async Task<string> ToggleAsync(int writer)
{
    var (id, status) = requests[writer];
    var next = status == "IN_PROGRESS" ? "WAITING_ON_CUSTOMER" : "IN_PROGRESS";
    requests[writer] = (id, next);
    var payload = (await GraphQLAsync(
        "mutation($id: ID!, $status: RequestStatus!) { changeRequestStatus(input: { requestId: $id, status: $status }) { errors { code } } }",
        new { id, status = next })).GetProperty("changeRequestStatus");
    return payload.GetProperty("errors").GetArrayLength() == 0 ? next : throw new InvalidOperationException(payload.ToString());
}

async Task<List<(long ReceivedAt, string Id, DateTime OccurredAt)>> ReceiveAsync(int count, TimeSpan timeout)
{
    var list = new List<(long, string, DateTime)>();
    using var cancel = new CancellationTokenSource(timeout);
    while (list.Count < count)
    {
        list.Add(await received.Reader.ReadAsync(cancel.Token));
    }

    return list;
}

var subscription = (await GraphQLAsync(
    "mutation($url: String!, $secret: String!) { createWebhookSubscription(input: { url: $url, eventTypes: [REQUEST_STATUS_CHANGED], secret: $secret }) { webhookSubscription { id } errors { code message } } }",
    new { url = hookUrl, secret })).GetProperty("createWebhookSubscription").GetProperty("webhookSubscription").GetProperty("id").GetString()!;

// Latency: one change at a time, the next once the last was received.
var delays = new List<double>();
for (var round = 0; round < rounds; round++)
{
    await ToggleAsync(round % requests.Length);
    var (_, _, occurredAt) = (await ReceiveAsync(1, TimeSpan.FromSeconds(30)))[0];
    delays.Add((DateTime.UtcNow - occurredAt).TotalMilliseconds);
}

// Throughput: commit a backlog with the receiver's deliveries drained as they come, then replay all of it at once.
var perWriter = backlog / requests.Length;
var before = await GraphQLAsync("query($id: ID!) { webhookSubscription(id: $id) { deliveredCursor } }", new { id = subscription });
var start = before.GetProperty("webhookSubscription").GetProperty("deliveredCursor").GetString();
await Task.WhenAll(Enumerable.Range(0, requests.Length).Select(async writer =>
{
    for (var i = 0; i < perWriter; i++)
    {
        await ToggleAsync(writer);
    }
}));
await ReceiveAsync(perWriter * requests.Length, TimeSpan.FromMinutes(5));
var sent = Stopwatch.GetTimestamp();
await GraphQLAsync("mutation($id: ID!, $from: String) { redeliverWebhookEvents(input: { subscriptionId: $id, fromCursor: $from }) { errors { code } } }",
    new { id = subscription, from = NextCursor(start) });
var replayed = await ReceiveAsync(perWriter * requests.Length, TimeSpan.FromMinutes(5));
var seconds = Stopwatch.GetElapsedTime(sent, replayed[^1].ReceivedAt).TotalSeconds;
var distinct = replayed.Select(r => r.Id).Distinct().Count();

delays.Sort();
double Percentile(double p) => delays[Math.Min(delays.Count - 1, (int)Math.Ceiling(p * delays.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {rounds} | {Percentile(0.5):F1} | {Percentile(0.99):F1} | {delays[^1]:F1} | {replayed.Count} | {seconds:F2} | {replayed.Count / seconds:F0} | {badSignatures} | {(distinct == replayed.Count ? "yes" : "NO")} |"));
return badSignatures == 0 && distinct == replayed.Count ? 0 : 1;

// The cursor after the one given: the backlog replay starts with the first event committed after it.
static string? NextCursor(string? cursor)
{
    var sequence = cursor is null ? 0 : long.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor))["event:".Length..], CultureInfo.InvariantCulture);
    return Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"event:{sequence + 1}")));
}
