using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphApi.Events;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Api;

/// <summary>
/// Many writers at once: no "database is locked", no 5xx, no error without a code; a change sent without
/// <c>expectedVersion</c> never loses a race as CONCURRENT_UPDATE (the pipeline retries it on fresh reads).
/// </summary>
public class ConcurrentWriterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const int Writers = 200;
    private const int SharedRequests = 4;

    [ApiFact]
    public async Task Two_hundred_concurrent_mutations_all_succeed_or_get_a_domain_answer()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var shared = new List<string>();
        for (var i = 0; i < SharedRequests; i++)
        {
            var id = (await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 1 + i)}}", title: "Contended {{i}}" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");
            foreach (var status in new[] { "TRIAGED", "IN_PROGRESS" })
            {
                (await api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{id}}", status: {{status}} }) { errors { code } } }""")).Ok();
            }

            shared.Add(id);
        }

        await using var before = api.Database.CreateContext();
        var startSequence = await before.Events.MaxAsync(e => e.Sequence);
        using var client = api.CreateClient();
        var gate = new TaskCompletionSource();
        var writers = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            var target = shared[i / 4 % SharedRequests];
            var (mutation, query) = (i % 4) switch
            {
                0 => ("createRequest", $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 1 + (i % 10))}}", title: "Writer {{i}}" }) { errors { code message } } }"""),
                1 or 2 => ("changeRequestStatus", $$"""mutation { changeRequestStatus(input: { requestId: "{{target}}", status: {{(i / 16 % 2 == 0 ? "WAITING_ON_CUSTOMER" : "IN_PROGRESS")}} }) { errors { code message } } }"""),
                _ => ("logInteraction", $$"""mutation { logInteraction(input: { customerId: "{{ApiFactory.Id("Customer", 1 + (i % 10))}}", channel: EMAIL, direction: INBOUND, kind: OTHER, summary: "Writer {{i}}" }) { errors { code message } } }"""),
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return (Mutation: mutation, Status: (int)response.StatusCode, Body: text);
        })).ToList();
        gate.SetResult();
        var results = await Task.WhenAll(writers);

        Assert.All(results, r => Assert.Equal(200, r.Status));
        Assert.All(results, r => Assert.DoesNotContain("locked", r.Body, StringComparison.OrdinalIgnoreCase));
        var payloads = results.Select(r =>
        {
            using var body = JsonDocument.Parse(r.Body);
            Assert.False(body.RootElement.TryGetProperty("errors", out _), r.Body);
            return (r.Mutation, Codes: body.RootElement.Codes($"data.{r.Mutation}.errors"));
        }).ToList();
        Assert.All(payloads.Where(p => p.Mutation != "changeRequestStatus"), p => Assert.Empty(p.Codes));
        Assert.All(payloads.Where(p => p.Mutation == "changeRequestStatus"), p => Assert.True(p.Codes is [] or ["INVALID_TRANSITION"], string.Join(",", p.Codes)));

        // Every status change that succeeded has its event, and each request's events chain without a gap.
        await using var db = api.Database.CreateContext();
        var events = await db.Events.Where(e => e.Sequence > startSequence && e.Type == EventType.RequestStatusChanged).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(payloads.Count(p => p.Mutation == "changeRequestStatus" && p.Codes.Length == 0), events.Count);
        Assert.Equal(SharedRequests, events.Select(e => e.RequestId).Distinct().Count());
        foreach (var perRequest in events.GroupBy(e => e.RequestId))
        {
            Assert.All(perRequest.Zip(perRequest.Skip(1)), pair => Assert.Equal(pair.First.Status, pair.Second.PreviousStatus));
        }
    }

    [ApiFact]
    public async Task A_hundred_racing_status_changes_without_expectedVersion_never_answer_CONCURRENT_UPDATE()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var id = (await api.GraphQLAsync(staff, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 5)}}", title: "Raced" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");
        (await api.GraphQLAsync(staff, $$"""mutation { changeRequestStatus(input: { requestId: "{{id}}", status: TRIAGED }) { errors { code } } }""")).Ok();
        (await api.GraphQLAsync(staff, $$"""mutation { changeRequestStatus(input: { requestId: "{{id}}", status: IN_PROGRESS }) { errors { code } } }""")).Ok();

        var gate = new TaskCompletionSource();
        var racers = Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            var status = i % 2 == 0 ? "WAITING_ON_CUSTOMER" : "IN_PROGRESS";
            return (await api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{id}}", status: {{status}} }) { errors { code } } }""")).Ok().Codes("data.changeRequestStatus.errors");
        })).ToList();
        gate.SetResult();
        var codes = await Task.WhenAll(racers);

        Assert.DoesNotContain(codes, c => c.Contains("CONCURRENT_UPDATE"));
        Assert.Contains(codes, c => c.Length == 0);
    }

    [ApiFact]
    public async Task A_stale_expectedVersion_still_answers_CONCURRENT_UPDATE()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var id = (await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 6)}}", title: "Versioned" }) { request { id version } } }""")).Ok().Text("data.createRequest.request.id");
        (await api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{id}}", status: TRIAGED }) { errors { code } } }""")).Ok();

        var stale = await api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{id}}", status: IN_PROGRESS, expectedVersion: 1 }) { errors { code } } }""");

        Assert.Equal(["CONCURRENT_UPDATE"], stale.Ok().Codes("data.changeRequestStatus.errors"));
    }
}
