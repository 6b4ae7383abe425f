// Fan-out: N graphql-transport-ws subscribers on one server process, all subscribed to the same request's status
// changes; measures the server's memory per idle subscription (RSS delta) and, over R status changes, the time until
// the last subscriber has each event. Started by bench/fanout.sh, which starts the server and creates the key.
// Usage: GraphApi.FanOutBench --url http://127.0.0.1:5077 --key <admin key> --pid <server pid>
//        [--variant requestStatusChanged|events] [--subscribers 1000] [--rounds 200] [--warm-up-rounds 100]
//        [--target-ms 50 (100 above 1,000 subscribers)]
//        [--mutate-url http://127.0.0.1:5078]  (send the changes through another instance: the cross-instance path)
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Diagnostics.Tracing;
using System.Text.Json;
using GraphApi.FanOutBench;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

var options = args.Chunk(2).ToDictionary(pair => pair[0].TrimStart('-'), pair => pair[1]);
var baseUrl = new Uri(options["url"]);
var key = options["key"];
var serverPid = int.Parse(options["pid"], CultureInfo.InvariantCulture);
var variant = options.GetValueOrDefault("variant", "requestStatusChanged");
var subscriberCount = int.Parse(options.GetValueOrDefault("subscribers", "1000"), CultureInfo.InvariantCulture);
var rounds = int.Parse(options.GetValueOrDefault("rounds", "200"), CultureInfo.InvariantCulture);
var warmUpRounds = int.Parse(options.GetValueOrDefault("warm-up-rounds", "100"), CultureInfo.InvariantCulture);
var targetMs = double.Parse(options.GetValueOrDefault("target-ms", subscriberCount > 1000 ? "100" : "50"), CultureInfo.InvariantCulture);
var endpoint = new Uri(baseUrl.ToString().Replace("http", "ws", StringComparison.Ordinal) + "graphql");
var deliveryTimeout = TimeSpan.FromSeconds(30);

using var http = new HttpClient { BaseAddress = baseUrl };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
using var mutateHttp = new HttpClient { BaseAddress = new Uri(options.GetValueOrDefault("mutate-url", options["url"])) };
mutateHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

async Task<JsonElement> GraphQLAsync(string query, object? variables = null, HttpClient? through = null)
{
    using var response = await (through ?? http).PostAsJsonAsync("graphql", new { query, variables });
    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
    if (!response.IsSuccessStatusCode || body.TryGetProperty("errors", out _))
    {
        throw new InvalidOperationException($"{query}: HTTP {(int)response.StatusCode} {body}");
    }

    return body.GetProperty("data");
}

// Any request that can toggle between the two statuses (the demo data has several); move it into IN_PROGRESS first.
var found = await GraphQLAsync("{ requests(where: { status: { in: [IN_PROGRESS, WAITING_ON_CUSTOMER] } }, first: 1) { nodes { id status } } }");
var request = found.GetProperty("requests").GetProperty("nodes")[0];
var requestId = request.GetProperty("id").GetString()!;
var status = request.GetProperty("status").GetString()!;

async Task<string> ToggleAsync()
{
    status = status == "IN_PROGRESS" ? "WAITING_ON_CUSTOMER" : "IN_PROGRESS";
    var payload = (await GraphQLAsync(
        "mutation($id: ID!, $status: RequestStatus!) { changeRequestStatus(input: { requestId: $id, status: $status }) { errors { code message } } }",
        new { id = requestId, status }, mutateHttp)).GetProperty("changeRequestStatus");
    if (payload.GetProperty("errors").GetArrayLength() > 0)
    {
        throw new InvalidOperationException($"changeRequestStatus to {status}: {payload}");
    }

    return status;
}

// The ids of the events after a cursor, from the events query: what every subscriber must have received.
async Task<(List<string> Ids, string? End)> EventsAfterAsync(string? after)
{
    var ids = new List<string>();
    while (true)
    {
        var page = (await GraphQLAsync("query($after: String) { events(after: $after, first: 100) { nodes { id } pageInfo { hasNextPage endCursor } } }", new { after }))
            .GetProperty("events");
        ids.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
        after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString() ?? after;
        if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
        {
            return (ids, after);
        }
    }
}

var field = variant is "requestStatusChanged" or "events" ? variant : throw new ArgumentException($"unknown variant {variant}");

// As a connector subscribes: after the cursor it last saw, so the replay tells when every subscription is in place.
string SubscriptionAfter(string? after)
{
    string?[] given = [variant == "events" ? null : $"requestId: \"{requestId}\"", after is null ? null : $"after: \"{after}\""];
    var arguments = string.Join(", ", given.OfType<string>());
    return $"subscription {{ {field}{(arguments.Length == 0 ? "" : $"({arguments})")} {{ id cursor status }} }}";
}

async Task<List<Subscriber>> OpenAsync(int count, string? after)
{
    var query = SubscriptionAfter(after);
    var subscribers = Enumerable.Range(0, count).Select(_ => new Subscriber(endpoint, key, query, field)).ToList();
    // A few connections at a time: a burst of 1,000 handshakes would measure the accept queue, not the feed.
    await Parallel.ForEachAsync(subscribers, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (s, token) => await s.StartAsync(token));
    return subscribers;
}

// Each subscriber's condition only ever turns true, so the scan resumes where it stopped: one pass per round, not one
// pass over 10,000 subscribers every millisecond on the cores the server needs.
async Task WaitForAsync(IReadOnlyList<Subscriber> subscribers, Func<int, bool> has, string what)
{
    var deadline = Stopwatch.StartNew();
    var next = 0;
    while (true)
    {
        while (next < subscribers.Count && has(next))
        {
            next++;
        }

        if (next == subscribers.Count)
        {
            return;
        }

        if (subscribers.FirstOrDefault(s => s.Failure is not null) is { } failed)
        {
            throw new InvalidOperationException($"a subscriber failed waiting for {what}: {failed.Failure}");
        }

        if (deadline.Elapsed > deliveryTimeout)
        {
            throw new InvalidOperationException($"{Enumerable.Range(0, subscribers.Count).Count(i => !has(i))} of {subscribers.Count} subscribers missed {what} within {deliveryTimeout.TotalSeconds} s");
        }

        await Task.Delay(1);
    }
}

long RssKb()
{
    var line = File.ReadLines($"/proc/{serverPid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}

// utime + stime of the server in clock ticks (fields 14 and 15 of /proc/<pid>/stat, counted after the command name).
TimeSpan ServerCpu()
{
    var stat = File.ReadAllText($"/proc/{serverPid}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    return TimeSpan.FromSeconds(ticks / 100.0);
}

async Task<long> SettledRssKb()
{
    await Task.Delay(TimeSpan.FromSeconds(5));
    return RssKb();
}

// A full blocking collection in the server, induced over its diagnostics port (the GCHeapCollect keyword, as dotnet-gcdump
// does), then its RSS: memory the subscriptions hold, without the garbage their set-up left for a later collection. Also
// the managed heap that collection left live (its GCHeapStats event): the RSS also holds what the GC keeps committed but
// free, which depends on what the process allocated before, not on what the subscriptions hold.
async Task<(long RssKb, long LiveKb)> CollectedKb()
{
    const long GC = 0x1, GCHeapCollect = 0x800000;
    var client = new DiagnosticsClient(serverPid);
    long live = 0;
    using (var session = client.StartEventPipeSession(new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GC | GCHeapCollect), requestRundown: false))
    {
        using var source = new EventPipeEventSource(session.EventStream);
        source.Clr.GCHeapStats += stats => live = stats.GenerationSize0 + stats.GenerationSize1 + stats.GenerationSize2 + stats.GenerationSize3 + stats.GenerationSize4;
        var reading = Task.Run(source.Process);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await session.StopAsync(CancellationToken.None);
        await reading;
    }

    await Task.Delay(TimeSpan.FromSeconds(1));
    return (RssKb(), live / 1024);
}

// Warm-up: the server's first subscriptions, executions and sends JIT-compile and allocate pools, which is not per-subscription memory.
var (_, head) = await EventsAfterAsync(null);
var warm = await OpenAsync(20, head);
await ToggleAsync();
var (warmIds, _) = await EventsAfterAsync(head);
await WaitForAsync(warm, i => warm[i].Events().Any(e => e.Id == warmIds[^1]), "the warm-up event");
foreach (var s in warm)
{
    await s.DisposeAsync();
}

var rssBefore = await SettledRssKb();
var (collectedBefore, liveBefore) = await CollectedKb();
(_, head) = await EventsAfterAsync(head);
var opening = Stopwatch.StartNew();
var subscribers = await OpenAsync(subscriberCount, head);
var openSeconds = opening.Elapsed.TotalSeconds;

// Each subscription replays what follows `head`, so the first change after all have sent `subscribe` reaches each
// subscriber, through the replay or live: once all have it, all are subscribed.
await ToggleAsync();
var (readyIds, readyCursor) = await EventsAfterAsync(head);
var readyId = readyIds.Single();
await WaitForAsync(subscribers, i => subscribers[i].Events().Any(e => e.Id == readyId), "the first event");
var marks = subscribers.Select(s => Array.FindIndex(s.Events(), e => e.Id == readyId)).ToArray();
var rssAfter = await SettledRssKb();
var (collectedAfter, liveAfter) = await CollectedKb();

// Unmeasured rounds with all subscribers: the delivery path runs often enough for tiered compilation to replace its
// first, unoptimised code, as it has in a server that has been running; the pause lets the background JIT finish.
// With 5 rounds, `perf` showed the server's tiered-compilation thread taking two thirds of its CPU well into the
// measured rounds, and the first 60 of them ran 30 to 110 ms against 20 to 25 ms after.
for (var round = 1; round <= warmUpRounds; round++)
{
    await ToggleAsync();
    await WaitForAsync(subscribers, i => subscribers[i].Count > marks[i] + round, $"warm-up round {round}'s event");
    await Task.Delay(50);
}

var (warmUpIds, roundsCursor) = await EventsAfterAsync(readyCursor);
if (warmUpIds.Count != warmUpRounds)
{
    throw new InvalidOperationException($"expected {warmUpRounds} warm-up events, the outbox has {warmUpIds.Count}");
}

for (var i = 0; i < marks.Length; i++)
{
    marks[i] += warmUpRounds;
}

await Task.Delay(TimeSpan.FromSeconds(3));

var serverCpuBefore = ServerCpu();
var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var sentAt = new long[rounds];
var expected = new string[rounds];
for (var round = 0; round < rounds; round++)
{
    sentAt[round] = Stopwatch.GetTimestamp();
    expected[round] = await ToggleAsync();
    var want = round + 1;
    await WaitForAsync(subscribers, i => subscribers[i].Count > marks[i] + want, $"round {want}'s event");
    // Rounds apart, so each measures one event's fan-out rather than a queue of them.
    await Task.Delay(50);
}

// CPU per round, over the rounds including their 50 ms pauses: what the fan-out costs each side on the shared cores.
var serverCpuPerRound = (ServerCpu() - serverCpuBefore).TotalMilliseconds / rounds;
var clientCpuPerRound = (Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore).TotalMilliseconds / rounds;

// Late duplicates or extras would arrive after the last round's wait.
await Task.Delay(TimeSpan.FromSeconds(1));
var (roundIds, _) = await EventsAfterAsync(roundsCursor);
var problems = new List<string>();
if (roundIds.Count != rounds)
{
    problems.Add($"the outbox has {roundIds.Count} events after the first, not {rounds}");
}

var lastPerRound = new double[rounds];
var deliveries = new List<double>(rounds * subscribers.Count);
for (var i = 0; i < subscribers.Count; i++)
{
    var received = subscribers[i].Events()[(marks[i] + 1)..];
    if (subscribers[i].Failure is { } failure)
    {
        problems.Add($"subscriber {i}: {failure}");
    }

    if (!received.Select(e => e.Id).SequenceEqual(roundIds) || !received.Select(e => e.Status).SequenceEqual(expected))
    {
        problems.Add($"subscriber {i}: received {received.Length} events, {received.Select(e => e.Id).Distinct().Count()} distinct, expected the {rounds} rounds' events in order");
        continue;
    }

    for (var round = 0; round < rounds; round++)
    {
        var milliseconds = Stopwatch.GetElapsedTime(sentAt[round], received[round].ArrivedAt).TotalMilliseconds;
        deliveries.Add(milliseconds);
        lastPerRound[round] = Math.Max(lastPerRound[round], milliseconds);
    }
}

foreach (var s in subscribers)
{
    await s.DisposeAsync();
}

if (problems.Count > 0)
{
    Console.Error.WriteLine($"{problems.Count} problems, the first ones:");
    problems.Take(10).ToList().ForEach(Console.Error.WriteLine);
    return 1;
}

// Nearest rank: with 200 rounds, p99 of the per-round figure is the third slowest round.
static double Percentile(IEnumerable<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Max(0, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
}

// The target is under 10 KiB per idle subscription, after a full collection; /proc reports KiB.
const double TargetKiB = 10;
var perSubscription = (rssAfter - rssBefore) / (double)subscriberCount;
var perSubscriptionCollected = (collectedAfter - collectedBefore) / (double)subscriberCount;
var perSubscriptionLive = (liveAfter - liveBefore) / (double)subscriberCount;
var p99 = Percentile(lastPerRound, 99);
Console.Error.WriteLine($"{variant}: {subscriberCount} subscribers opened in {openSeconds:F1} s; request {requestId}; RSS {rssBefore} kB -> {rssAfter} kB, after full GCs {collectedBefore} kB -> {collectedAfter} kB, live managed heap {liveBefore} kB -> {liveAfter} kB; CPU per round: server {serverCpuPerRound:F1} ms, this client {clientCpuPerRound:F1} ms; last subscriber per round (ms): {string.Join(' ', lastPerRound.Select(ms => ms.ToString("F0", CultureInfo.InvariantCulture)))}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {variant} | {subscriberCount} | {rounds} | {Percentile(lastPerRound, 50):F1} | {p99:F1} | {lastPerRound.Max():F1} | {Percentile(deliveries, 50):F1} | {Percentile(deliveries, 99):F1} | {rssBefore / 1024.0:F0} -> {rssAfter / 1024.0:F0} | {collectedBefore / 1024.0:F0} -> {collectedAfter / 1024.0:F0} | {perSubscription:F1} / {perSubscriptionCollected:F1} / {perSubscriptionLive:F1} | {serverCpuPerRound:F0} / {clientCpuPerRound:F0} | {(p99 < targetMs ? "ok" : "missed")} / {(Math.Max(perSubscriptionCollected, perSubscriptionLive) < TargetKiB ? "ok" : "missed")} |"));
return 0;
