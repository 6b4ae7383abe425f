using GraphApi.Integrations.Webhooks;
using GraphApi.Security;
using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Integrations.Webhooks;

/// <summary>Retries, dead letters, redelivery and leases, on a clock the test moves (the host's own dispatcher is off).</summary>
public class WebhookRetryTests(ManualWebhookApiFactory api) : IClassFixture<ManualWebhookApiFactory>
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private async Task<(string Admin, string Staff, string RequestId, string SubscriptionId, int Key, WebhookReceiver Receiver)> SetUpAsync()
    {
        var receiver = await WebhookReceiver.StartAsync();
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var requestId = await api.NewRequestAsync(staff);
        var (id, secret) = await api.SubscribeAsync(admin, receiver.Url, filter: $$"""{ requestId: "{{requestId}}" }""");
        receiver.Secret = secret;
        return (admin, staff, requestId, id, GraphApi.Api.GlobalId.Decode(id, nameof(WebhookSubscription)), receiver);
    }

    private async Task<WebhookSubscription> RowAsync(int key)
    {
        await using var db = api.Database.CreateContext();
        return await db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == key);
    }

    [ApiFact]
    public async Task Failures_back_off_exponentially_and_nothing_is_sent_before_the_retry_is_due()
    {
        var (_, staff, requestId, _, key, receiver) = await SetUpAsync();
        await using var _receiver = receiver;
        var clock = ManualClock.FromNow();
        var dispatcher = api.ManualDispatcher(clock);
        receiver.Respond = _ => Task.FromResult(Results.StatusCode(500));
        await api.ChangeStatusAsync(staff, requestId, "TRIAGED");
        await api.ChangeStatusAsync(staff, requestId, "IN_PROGRESS");

        var expectedDelays = new[] { 10, 20, 40, 80 };
        for (var attempt = 1; attempt <= expectedDelays.Length; attempt++)
        {
            await dispatcher.DeliverDueAsync();
            var row = await RowAsync(key);
            Assert.Equal(attempt, receiver.Received.Count);
            Assert.Equal(attempt, row.Attempts);
            Assert.Equal((500, "HTTP 500 Internal Server Error"), (row.LastStatusCode, row.LastError));
            Assert.Equal(clock.Now.AddSeconds(expectedDelays[attempt - 1]), row.NextAttemptAt);

            // Just before the retry is due: nothing.
            clock.Advance(TimeSpan.FromSeconds(expectedDelays[attempt - 1]) - Second);
            await dispatcher.DeliverDueAsync();
            Assert.Equal(attempt, receiver.Received.Count);
            clock.Advance(Second);
        }

        // Every attempt was the first event, each with a fresh timestamp and a valid signature; the second waited its turn.
        Assert.Single(receiver.Received.Select(d => d.EventId).Distinct());
        Assert.All(receiver.Received, d => Assert.Equal("TRIAGED", d.Json.Text("data.status")));
        Assert.All(receiver.Received, d => Assert.True(d.SignatureValid));
        Assert.Equal(receiver.Received.Count, receiver.Received.Select(d => d.Timestamp).Distinct().Count());

        receiver.Respond = _ => Task.FromResult(Results.NoContent());
        await dispatcher.DeliverDueAsync();
        Assert.Equal(["TRIAGED", "TRIAGED", "TRIAGED", "TRIAGED", "TRIAGED", "IN_PROGRESS"], receiver.Received.Select(d => d.Json.Text("data.status")));
        var done = await RowAsync(key);
        Assert.Equal((0, (DateTime?)null, (DateTime?)null, 204), (done.Attempts, done.NextAttemptAt, done.RetryingSince, done.LastStatusCode));
    }

    [ApiFact]
    public async Task After_24_hours_of_failures_the_subscription_is_failing_its_events_are_dead_lettered_and_redelivery_sends_them_in_order()
    {
        var (admin, staff, requestId, id, key, receiver) = await SetUpAsync();
        await using var _receiver = receiver;
        var clock = ManualClock.FromNow();
        var dispatcher = api.ManualDispatcher(clock);
        receiver.Respond = _ => Task.FromResult(Results.StatusCode(502));
        await api.ChangeStatusAsync(staff, requestId, "TRIAGED");

        var start = clock.Now;
        while ((await RowAsync(key)).Status == WebhookSubscriptionStatus.Active)
        {
            await dispatcher.DeliverDueAsync();
            if ((await RowAsync(key)).NextAttemptAt is { } next)
            {
                clock.Advance(next - clock.Now);
            }

            Assert.True(clock.Now - start < TimeSpan.FromHours(25), "the subscription should give up within a day");
        }

        var failing = await RowAsync(key);
        Assert.InRange(clock.Now - start, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        Assert.Equal(32, receiver.Received.Count);
        Assert.Equal(clock.Now, failing.FailingSince);

        // While failing, later events are dead-lettered without being sent.
        await api.ChangeStatusAsync(staff, requestId, "IN_PROGRESS");
        await api.ChangeStatusAsync(staff, requestId, "RESOLVED");
        await dispatcher.DeliverDueAsync();
        Assert.Equal(32, receiver.Received.Count);
        var state = (await api.GraphQLAsync(admin, $$"""
            { webhookSubscription(id: "{{id}}") { status failingSince pendingEventCount deadLetterCount deadLetters { cursor attempts lastStatusCode error event { status } } } }
            """)).Ok().At("data.webhookSubscription");
        Assert.Equal(("FAILING", 0, 3), (state.Text("status"), state.At("pendingEventCount").GetInt32(), state.At("deadLetterCount").GetInt32()));
        var deadLetters = state.At("deadLetters").EnumerateArray().ToList();
        Assert.Equal(["TRIAGED", "IN_PROGRESS", "RESOLVED"], deadLetters.Select(d => d.Text("event.status")));
        Assert.Equal((32, 502), (deadLetters[0].At("attempts").GetInt32(), deadLetters[0].At("lastStatusCode").GetInt32()));
        Assert.Equal("HTTP 502 Bad Gateway", deadLetters[0].Text("error"));
        Assert.Equal(0, deadLetters[1].At("attempts").GetInt32());
        Assert.Contains("FAILING", deadLetters[1].Text("error"));

        // The receiver is fixed; redelivery (from the first dead letter) sends all three in order, then live events follow.
        receiver.Respond = _ => Task.FromResult(Results.Ok());
        var redelivered = (await api.GraphQLAsync(admin, $$"""mutation { redeliverWebhookEvents(input: { subscriptionId: "{{id}}" }) { webhookSubscription { status pendingEventCount deadLetterCount } errors { code } } }""")).Ok();
        Assert.Equal(("ACTIVE", 3, 0), (redelivered.Text("data.redeliverWebhookEvents.webhookSubscription.status"), redelivered.At("data.redeliverWebhookEvents.webhookSubscription.pendingEventCount").GetInt32(), redelivered.At("data.redeliverWebhookEvents.webhookSubscription.deadLetterCount").GetInt32()));
        await api.ChangeStatusAsync(staff, requestId, "CLOSED");
        await dispatcher.DeliverDueAsync();
        Assert.Equal(["TRIAGED", "IN_PROGRESS", "RESOLVED", "CLOSED"], receiver.Received.Skip(32).Select(d => d.Json.Text("data.status")));
        Assert.Equal(deadLetters[0].Text("cursor"), receiver.Received[32].Cursor);
        var recovered = await RowAsync(key);
        Assert.Equal((WebhookSubscriptionStatus.Active, (DateTime?)null), (recovered.Status, recovered.FailingSince));

        // Redelivery from any cursor replays from that event on, even of delivered ones.
        await api.GraphQLAsync(admin, $$"""mutation { redeliverWebhookEvents(input: { subscriptionId: "{{id}}", fromCursor: "{{deadLetters[1].Text("cursor")}}" }) { errors { code } } }""");
        await dispatcher.DeliverDueAsync();
        Assert.Equal(["IN_PROGRESS", "RESOLVED", "CLOSED"], receiver.Received.Skip(36).Select(d => d.Json.Text("data.status")));
    }

    [ApiFact]
    public async Task A_lease_held_by_a_crashed_instance_delays_delivery_until_it_expires_and_nothing_is_lost()
    {
        var (_, staff, requestId, _, key, receiver) = await SetUpAsync();
        await using var _receiver = receiver;
        var clock = ManualClock.FromNow();
        await api.ChangeStatusAsync(staff, requestId, "TRIAGED");
        await api.ChangeStatusAsync(staff, requestId, "IN_PROGRESS");

        // What kill -9 of an instance mid-delivery leaves: its lease, and the position of the last delivery it recorded.
        await using (var db = api.Database.CreateContext())
        {
            await db.WebhookSubscriptions.Where(s => s.Id == key).ExecuteUpdateAsync(set => set
                .SetProperty(s => s.LeaseOwner, "crashed-host/1234/0")
                .SetProperty(s => s.LeaseExpiresAt, clock.Now.AddSeconds(30)));
        }

        var survivor = api.ManualDispatcher(clock);
        await survivor.DeliverDueAsync();
        Assert.Empty(receiver.Received);

        clock.Advance(TimeSpan.FromSeconds(30));
        await survivor.DeliverDueAsync();

        Assert.Equal(["TRIAGED", "IN_PROGRESS"], receiver.Received.Select(d => d.Json.Text("data.status")));
        var row = await RowAsync(key);
        Assert.Null(row.LeaseOwner);
        Assert.Equal(receiver.Received[^1].Sequence, row.Position);
    }

    [ApiFact]
    public async Task Two_dispatchers_on_one_database_never_deliver_one_subscription_at_once()
    {
        var (_, staff, requestId, _, _, receiver) = await SetUpAsync();
        await using var _receiver = receiver;
        var clock = ManualClock.FromNow();
        var inFlight = 0;
        var overlapped = false;
        receiver.Respond = async _ =>
        {
            overlapped |= Interlocked.Increment(ref inFlight) > 1;
            await Task.Delay(20);
            Interlocked.Decrement(ref inFlight);
            return Results.Ok();
        };
        foreach (var status in new[] { "TRIAGED", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "IN_PROGRESS", "RESOLVED", "CLOSED" })
        {
            await api.ChangeStatusAsync(staff, requestId, status);
        }

        var a = api.ManualDispatcher(clock);
        var b = api.ManualDispatcher(clock);
        await Task.WhenAll(a.DeliverDueAsync(), b.DeliverDueAsync(), a.DeliverDueAsync(), b.DeliverDueAsync());
        await a.DeliverDueAsync();

        Assert.False(overlapped);
        Assert.Equal(["TRIAGED", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "IN_PROGRESS", "RESOLVED", "CLOSED"], receiver.Received.Select(d => d.Json.Text("data.status")));
    }

    [ApiFact]
    public async Task An_unreachable_receiver_is_retried_like_a_failing_one()
    {
        var (_, staff, requestId, _, key, receiver) = await SetUpAsync();
        await receiver.DisposeAsync();
        var clock = ManualClock.FromNow();
        await api.ChangeStatusAsync(staff, requestId, "TRIAGED");

        await api.ManualDispatcher(clock).DeliverDueAsync();

        var row = await RowAsync(key);
        Assert.Equal((1, (int?)null), (row.Attempts, row.LastStatusCode));
        Assert.Contains("refused", row.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(clock.Now.AddSeconds(10), row.NextAttemptAt);
    }
}

public sealed class WebhookRetryTestsOnPostgres(PostgresManualWebhookApiFactory api) : WebhookRetryTests(api), IClassFixture<PostgresManualWebhookApiFactory>, IRunsOnPostgres;
