using System.Text.Json;
using GraphApi.Security;
using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Integrations.Webhooks;

/// <summary>Deliveries as a receiver meets them, from the host's own dispatcher on the real clock.</summary>
public class WebhookDeliveryTests(WebhookApiFactory api) : IClassFixture<WebhookApiFactory>
{
    [ApiFact]
    public async Task Each_event_arrives_as_a_signed_json_post_with_the_event_and_its_request()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var requestId = await api.NewRequestAsync(staff, customer: 4);
        (_, receiver.Secret) = await api.SubscribeAsync(admin, receiver.Url, filter: $$"""{ requestId: "{{requestId}}" }""");

        await api.ChangeStatusAsync(staff, requestId, "TRIAGED");
        var delivery = (await receiver.WaitForCountAsync(1)).Single();

        Assert.Equal("/hook", delivery.Path);
        Assert.StartsWith("application/json", delivery.ContentType);
        Assert.True(delivery.SignatureValid, $"signature {delivery.Signature} does not match HMAC-SHA256 of \"timestamp.body\"");
        Assert.Matches("^sha256=[0-9a-f]{64}$", delivery.Signature);
        Assert.InRange(long.Parse(delivery.Timestamp), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var body = delivery.Json;
        Assert.Equal(["id", "type", "cursor", "occurredAt", "data"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(delivery.EventId, body.Text("id"));
        Assert.Equal("REQUEST_STATUS_CHANGED", body.Text("type"));
        Assert.Equal(("NEW", "TRIAGED", "Request", requestId), (body.Text("data.previousStatus"), body.Text("data.status"), body.Text("data.entityType"), body.Text("data.entityId")));
        Assert.Equal((requestId, "TRIAGED", ApiFactory.Id("Customer", 4)), (body.Text("data.request.id"), body.Text("data.request.status"), body.Text("data.request.customerId")));
        Assert.StartsWith("REQ-", body.Text("data.request.number"));

        // The same event in the events query: id and cursor agree.
        var listed = (await api.GraphQLAsync(admin, """{ events(first: 500, types: [REQUEST_STATUS_CHANGED]) { nodes { id cursor } } }""")).Ok().At("data.events.nodes").EnumerateArray()
            .Single(e => e.Text("id") == delivery.EventId);
        Assert.Equal(listed.Text("cursor"), body.Text("cursor"));
    }

    [ApiFact]
    public async Task Events_arrive_in_cursor_order_once_each_with_only_the_subscribed_types_and_filter()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var everything = await WebhookReceiver.StartAsync();
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var requests = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            requests.Add(await api.NewRequestAsync(staff, customer: i % 2 == 0 ? 5 : 6));
        }

        (_, receiver.Secret) = await api.SubscribeAsync(admin, receiver.Url, filter: $$"""{ customerId: "{{ApiFactory.Id("Customer", 5)}}" }""");
        (_, everything.Secret) = await api.SubscribeAsync(admin, everything.Url, eventTypes: "[REQUEST_STATUS_CHANGED, INTERACTION_LOGGED]");

        // Parallel writers: the outbox's sequence order is commit order, and each subscription follows it.
        await Task.WhenAll(requests.Select(id => Task.Run(async () =>
        {
            foreach (var status in new[] { "TRIAGED", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "IN_PROGRESS", "RESOLVED" })
            {
                await api.ChangeStatusAsync(staff, id, status);
            }
        })));
        await api.GraphQLAsync(staff, $$"""mutation { logInteraction(input: { customerId: "{{ApiFactory.Id("Customer", 6)}}", requestId: "{{requests[1]}}", channel: EMAIL, direction: OUTBOUND, kind: STATUS_UPDATE, summary: "Done" }) { errors { code } } }""");

        var mine = await receiver.WaitForCountAsync(10);
        var all = await everything.WaitForCountAsync(21);
        await Task.Delay(300);

        Assert.Equal(10, receiver.Received.Count);
        Assert.Equal(21, everything.Received.Count);
        Assert.All(receiver.Received.Concat(everything.Received), d => Assert.True(d.SignatureValid));
        Assert.All(mine, d => Assert.Equal(ApiFactory.Id("Customer", 5), d.Json.Text("data.request.customerId")));
        Assert.Equal(mine.Select(d => d.Sequence).Order(), mine.Select(d => d.Sequence));
        Assert.Equal(all.Select(d => d.Sequence).Order(), all.Select(d => d.Sequence));
        Assert.Equal(21, all.Select(d => d.EventId).Distinct().Count());
        Assert.Equal("INTERACTION_LOGGED", all[^1].Type);
        foreach (var perRequest in all.Where(d => d.Type == "REQUEST_STATUS_CHANGED").GroupBy(d => d.Json.Text("data.entityId")))
        {
            Assert.Equal(["TRIAGED", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "IN_PROGRESS", "RESOLVED"], perRequest.Select(d => d.Json.Text("data.status")));
        }
    }

    [ApiFact]
    public async Task A_failing_receiver_gets_the_same_event_again_and_nothing_after_it_until_it_answers_2xx()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var requestId = await api.NewRequestAsync(staff);
        var (id, secret) = await api.SubscribeAsync(admin, receiver.Url, filter: $$"""{ requestId: "{{requestId}}" }""");
        receiver.Secret = secret;
        var failures = 3;
        receiver.Respond = _ => Task.FromResult(Interlocked.Decrement(ref failures) >= 0 ? Results.StatusCode(503) : Results.Ok());

        await api.ChangeStatusAsync(staff, requestId, "TRIAGED");
        await api.ChangeStatusAsync(staff, requestId, "IN_PROGRESS");
        var received = await receiver.WaitForCountAsync(5);

        Assert.Equal(4, received.Count(d => d.Json.Text("data.status") == "TRIAGED"));
        Assert.Single(received, d => d.Json.Text("data.status") == "IN_PROGRESS");
        Assert.Equal("IN_PROGRESS", received[4].Json.Text("data.status"));
        Assert.Single(received.Take(4).Select(d => d.EventId).Distinct());
        Assert.All(received, d => Assert.True(d.SignatureValid));
        var state = await StateAsync(admin, id, s => s.At("pendingEventCount").GetInt32() == 0);
        Assert.Equal("ACTIVE", state.Text("status"));
        Assert.Equal(0, state.At("attempts").GetInt32());
        Assert.Equal(200, state.At("lastStatusCode").GetInt32());
        Assert.Equal(JsonValueKind.Null, state.At("lastError").ValueKind);
    }

    [ApiFact]
    public async Task Redirects_are_not_followed_and_slow_receivers_time_out()
    {
        await using var redirecting = await WebhookReceiver.StartAsync();
        await using var slow = await WebhookReceiver.StartAsync();
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var requestId = await api.NewRequestAsync(staff);
        redirecting.Respond = d => Task.FromResult(d.Path == "/hook" ? Results.Redirect("/elsewhere") : Results.Ok());
        slow.Respond = async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(4));
            return Results.Ok();
        };
        var (redirectId, _) = await api.SubscribeAsync(admin, redirecting.Url, filter: $$"""{ requestId: "{{requestId}}" }""");
        var (slowId, _) = await api.SubscribeAsync(admin, slow.Url, filter: $$"""{ requestId: "{{requestId}}" }""");

        await api.ChangeStatusAsync(staff, requestId, "TRIAGED");
        await redirecting.WaitForCountAsync(2);
        await slow.WaitForCountAsync(1);
        var redirected = await StateAsync(admin, redirectId, s => s.At("lastStatusCode").ValueKind == JsonValueKind.Number);
        var timedOut = await StateAsync(admin, slowId, s => s.At("lastError").ValueKind == JsonValueKind.String);

        Assert.DoesNotContain(redirecting.Received, d => d.Path == "/elsewhere");
        Assert.Equal(302, redirected.At("lastStatusCode").GetInt32());
        Assert.Contains("redirects are not followed", redirected.Text("lastError"));
        Assert.Contains("no answer within 2 s", timedOut.Text("lastError"));
        Assert.True(timedOut.At("attempts").GetInt32() >= 1);
        Assert.Equal(1, timedOut.At("pendingEventCount").GetInt32());
        await api.GraphQLAsync(admin, $$"""mutation { deleteWebhookSubscription(input: { subscriptionId: "{{slowId}}" }) { errors { code } } }""");
        await api.GraphQLAsync(admin, $$"""mutation { deleteWebhookSubscription(input: { subscriptionId: "{{redirectId}}" }) { errors { code } } }""");
    }

    [ApiFact]
    public async Task A_deleted_subscription_gets_nothing_more()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var requestId = await api.NewRequestAsync(staff);
        var (id, _) = await api.SubscribeAsync(admin, receiver.Url, filter: $$"""{ requestId: "{{requestId}}" }""");
        await api.ChangeStatusAsync(staff, requestId, "TRIAGED");
        await receiver.WaitForCountAsync(1);

        await api.GraphQLAsync(admin, $$"""mutation { deleteWebhookSubscription(input: { subscriptionId: "{{id}}" }) { errors { code } } }""");
        await api.ChangeStatusAsync(staff, requestId, "IN_PROGRESS");
        await Task.Delay(800);

        Assert.Single(receiver.Received);
        await using var db = api.Database.CreateContext();
        Assert.False(await db.WebhookSubscriptions.AnyAsync(s => s.Url == receiver.Url));
    }

    private async Task<JsonElement> StateAsync(string admin, string id, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var state = (await api.GraphQLAsync(admin, $$"""{ webhookSubscription(id: "{{id}}") { status attempts lastStatusCode lastError pendingEventCount } }""")).Ok().At("data.webhookSubscription");
            if (until(state) || DateTime.UtcNow > deadline)
            {
                return state;
            }

            await Task.Delay(50);
        }
    }
}

public sealed class WebhookDeliveryTestsOnPostgres(PostgresWebhookApiFactory api) : WebhookDeliveryTests(api), IClassFixture<PostgresWebhookApiFactory>, IRunsOnPostgres;
