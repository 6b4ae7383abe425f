using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphApi.Api;
using GraphApi.Events;
using GraphApi.Requests;
using GraphApi.Security;
using GraphApi.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GraphApi.Tests;

/// <summary>
/// The server process killed with SIGKILL in the middle of sustained concurrent writes on SQLite, then restarted: every
/// mutation it acknowledged is there with its event and audit entry, and nothing is half-written.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Kills = 3;
    private const int Writers = 16;

    // Each round kills the server once this many of its writes were acknowledged (writes are flowing), a moment later.
    private const int AcknowledgedBeforeKill = 40;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Acknowledged_writes_survive_SIGKILL_whole_and_unacknowledged_ones_leave_nothing_half_written()
    {
        using var database = new TempDatabase();
        var created = new ConcurrentDictionary<int, string>();
        var triaged = new ConcurrentDictionary<int, bool>();
        var random = new Random(14);
        string? key = null;
        var attempted = 0;
        for (var kill = 1; kill <= Kills; kill++)
        {
            using var server = await ServerProcess.StartAsync(database, StartTimeout);
            key ??= await CreateKeyAsync(database);
            using var stop = new CancellationTokenSource();
            using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
            var round = kill;
            var acknowledged = 0;
            var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    Interlocked.Increment(ref attempted);
                    var title = $"crash {round}-{writer}-{n}";
                    var create = await TryMutateAsync(client, key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 1 + (writer % 20))}}", title: "{{title}}" }) { request { id } errors { code } } }""");
                    if (create is not { } createResult)
                    {
                        return;
                    }

                    var id = GlobalId.Decode(createResult.Text("data.createRequest.request.id"), nameof(Request));
                    created[id] = title;
                    Interlocked.Increment(ref acknowledged);
                    var triage = await TryMutateAsync(client, key, $$"""mutation { changeRequestStatus(input: { requestId: "{{ApiFactory.Id("Request", id)}}", status: TRIAGED }) { errors { code } } }""");
                    if (triage is null)
                    {
                        return;
                    }

                    Assert.Empty(triage.Value.Codes("data.changeRequestStatus.errors"));
                    triaged[id] = true;
                }
            })).ToList();

            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (Volatile.Read(ref acknowledged) < AcknowledgedBeforeKill && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            await Task.Delay(random.Next(50, 500));
            server.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        using (var restarted = await ServerProcess.StartAsync(database, StartTimeout))
        {
            await VerifyAsync(database, created, triaged);
            using var client = new HttpClient { BaseAddress = restarted.Address };
            var alive = await TryMutateAsync(client, key!, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 1)}}", title: "after the crashes" }) { request { id } errors { code } } }""");
            Assert.NotNull(alive);
            Assert.Empty(alive.Value.Codes("data.createRequest.errors"));
        }

        output.WriteLine($"{Kills} SIGKILLs, {Writers} concurrent writers: {attempted} writes started, {created.Count} creates and {triaged.Count} status changes acknowledged, all found whole after restart.");
        Assert.True(created.Count >= Kills * AcknowledgedBeforeKill, $"only {created.Count} writes were acknowledged");
    }

    private static async Task VerifyAsync(TempDatabase database, ConcurrentDictionary<int, string> created, ConcurrentDictionary<int, bool> triaged)
    {
        await using var db = database.CreateContext();
        Assert.Equal("ok", (await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync()).Single());

        var crashRequests = await db.Requests.AsNoTracking().Where(r => r.Title.StartsWith("crash ")).ToDictionaryAsync(r => r.Id);
        var statusEvents = (await db.Events.AsNoTracking().Where(e => e.Type == EventType.RequestStatusChanged).ToListAsync())
            .Where(e => crashRequests.ContainsKey(e.EntityId)).ToLookup(e => e.EntityId);
        var audited = (await db.AuditEntries.AsNoTracking().Include(e => e.Targets).ToListAsync())
            .SelectMany(e => e.Targets.Select(t => (e.Mutation, t.EntityId))).ToLookup(x => x.EntityId, x => x.Mutation);

        // Every acknowledged create and status change is there, with its event and its audit entry.
        foreach (var (id, title) in created)
        {
            Assert.True(crashRequests.TryGetValue(id, out var request), $"acknowledged request {id} is missing");
            Assert.Equal(title, request.Title);
            Assert.Contains("createRequest", audited[ApiFactory.Id("Request", id)]);
        }

        foreach (var id in triaged.Keys)
        {
            Assert.Equal(RequestStatus.Triaged, crashRequests[id].Status);
            Assert.Single(statusEvents[id]);
            Assert.Contains("changeRequestStatus", audited[ApiFactory.Id("Request", id)]);
        }

        // Nothing half-written: every request that exists (acknowledged or not) has its number, and its status agrees
        // with its events and audit entries; no event or audit entry points at a request that is not there.
        foreach (var request in crashRequests.Values)
        {
            Assert.Equal(Request.FormatNumber(request.Id), request.Number);
            var events = statusEvents[request.Id].ToList();
            var mutations = audited[ApiFactory.Id("Request", request.Id)].ToList();
            Assert.Contains("createRequest", mutations);
            if (request.Status == RequestStatus.Triaged)
            {
                Assert.Equal("TRIAGED", Assert.Single(events).Status);
                Assert.Single(mutations, m => m == "changeRequestStatus");
            }
            else
            {
                Assert.Equal(RequestStatus.New, request.Status);
                Assert.Empty(events);
                Assert.DoesNotContain("changeRequestStatus", mutations);
            }
        }

        var orphanEvents = await db.Events.AsNoTracking().Where(e => e.EntityType == nameof(Request) && !db.Requests.Any(r => r.Id == e.EntityId)).CountAsync();
        Assert.Equal(0, orphanEvents);
    }

    /// <summary>The response of an acknowledged mutation; null when the server went away before answering.</summary>
    private static async Task<JsonElement?> TryMutateAsync(HttpClient client, string key, string query)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {text}");
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone().Ok();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            return null;
        }
    }

    private static async Task<string> CreateKeyAsync(TempDatabase database)
    {
        var key = ApiKeyGenerator.NewKey();
        await using var db = database.CreateContext();
        db.ApiKeys.Add(new ApiKey { Name = "crash-writer", Role = ApiKeyRole.Staff, Hash = ApiKeyGenerator.Hash(key), CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return key;
    }
}
