using GraphApi.Events;
using GraphApi.Expectations;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphApi.Tests.Api;

public class ExpectationMonitorTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private sealed class TestClock(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }

    private ExpectationMonitor Monitor(TestClock clock) => new(
        api.Services.GetRequiredService<IServiceScopeFactory>(),
        api.Services.GetRequiredService<EventFeed>(),
        clock,
        new ExpectationMonitorOptions { AtRiskLeadTime = TimeSpan.FromHours(24) },
        NullLogger<ExpectationMonitor>.Instance);

    private async Task<(string Key, string RequestId, string ExpectationId)> NewExpectationAsync(DateTime dueAt)
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var request = (await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 3)}}", title: "Monitor" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");
        var expectation = (await api.GraphQLAsync(key, $$"""mutation($due: DateTime!) { setExpectation(input: { requestId: "{{request}}", deliverable: "Fix", dueAt: $due, updateCadence: "PT4H" }) { expectation { id } errors { code } } }""", new { due = dueAt.ToString("O") })).Ok().Text("data.setExpectation.expectation.id");
        return (key, request, expectation);
    }

    private async Task<List<DomainEvent>> EventsAsync(string expectationId)
    {
        var id = int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(expectationId)).Split(':')[1]);
        await using var db = api.Database.CreateContext();
        return await db.Events.Where(e => e.EntityType == "Expectation" && e.EntityId == id).OrderBy(e => e.Sequence).ToListAsync();
    }

    [ApiFact]
    public async Task At_risk_update_due_and_missed_are_each_raised_once_at_their_time()
    {
        var start = DateTime.UtcNow;
        var (key, requestId, expectationId) = await NewExpectationAsync(start.AddHours(40));
        var clock = new TestClock(start.AddHours(1));
        var monitor = Monitor(clock);

        await monitor.ScanAsync();
        Assert.Single(await EventsAsync(expectationId));

        clock.Now = start.AddHours(5);
        await monitor.ScanAsync();
        await monitor.ScanAsync();
        Assert.Equal(["ExpectationStatusChanged", "StatusUpdateDue"], (await EventsAsync(expectationId)).Select(e => e.Type.ToString()));

        await api.GraphQLAsync(key, $$"""mutation($at: DateTime!) { logInteraction(input: { customerId: "{{ApiFactory.Id("Customer", 3)}}", requestId: "{{requestId}}", channel: EMAIL, direction: OUTBOUND, kind: STATUS_UPDATE, summary: "On it", occurredAt: $at }) { errors { code } } }""", new { at = start.AddHours(5).ToString("O") });
        clock.Now = start.AddHours(8);
        await monitor.ScanAsync();
        Assert.Equal(2, (await EventsAsync(expectationId)).Count);

        clock.Now = start.AddHours(9);
        await monitor.ScanAsync();
        clock.Now = start.AddHours(10);
        await monitor.ScanAsync();
        Assert.Equal(3, (await EventsAsync(expectationId)).Count);

        clock.Now = start.AddHours(17);
        await monitor.ScanAsync();
        var events = await EventsAsync(expectationId);
        Assert.Equal(["ExpectationStatusChanged", "StatusUpdateDue", "StatusUpdateDue", "ExpectationAtRisk"], events.Select(e => e.Type.ToString()));
        Assert.Equal(("ON_TRACK", "AT_RISK"), (events[^1].PreviousStatus, events[^1].Status));

        clock.Now = start.AddHours(41);
        await monitor.ScanAsync();
        await monitor.ScanAsync();
        var final = await EventsAsync(expectationId);
        Assert.Equal(("AT_RISK", "MISSED", ExpectationMonitor.Actor), (final[^1].PreviousStatus, final[^1].Status, final[^1].Actor));
        Assert.Single(final, e => e.Status == "MISSED");
        var now = (await api.GraphQLAsync(key, $$"""{ node(id: "{{expectationId}}") { ... on Expectation { status } } }""")).Ok();
        Assert.Equal("MISSED", now.Text("data.node.status"));
    }

    [ApiFact]
    public async Task Met_expectations_are_left_alone()
    {
        var start = DateTime.UtcNow;
        var (key, _, expectationId) = await NewExpectationAsync(start.AddHours(2));
        await api.GraphQLAsync(key, $$"""mutation { updateExpectationStatus(input: { expectationId: "{{expectationId}}", status: MET }) { errors { code } } }""");
        var monitor = Monitor(new TestClock(start.AddDays(3)));

        await monitor.ScanAsync();

        Assert.Equal(["ON_TRACK", "MET"], (await EventsAsync(expectationId)).Select(e => e.Status!));
    }
}
