using GraphApi.Security;
using GraphApi.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Integrations.Webhooks;

public class WebhookSubscriptionApiTests(ManualWebhookApiFactory api) : IClassFixture<ManualWebhookApiFactory>
{
    private const string Fields = "id url eventTypes filter { requestId customerId } status deliveredCursor pendingEventCount attempts lastError deadLetterCount createdAt";

    [ApiFact]
    public async Task Create_returns_the_subscription_and_its_secret_once_and_the_list_shows_its_delivery_state()
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var created = (await api.GraphQLAsync(admin, $$"""
            mutation {
              createWebhookSubscription(input: { url: "https://hooks.example.com/graphapi", eventTypes: [REQUEST_STATUS_CHANGED, INTERACTION_LOGGED], filter: { customerId: "{{ApiFactory.Id("Customer", 2)}}" } }) {
                webhookSubscription { {{Fields}} } secret errors { code }
              }
            }
            """)).Ok().At("data.createWebhookSubscription");

        Assert.Empty(created.Codes("errors"));
        Assert.Matches("^whsec_[A-Za-z0-9_-]{43}$", created.Text("secret"));
        var subscription = created.At("webhookSubscription");
        Assert.Equal("https://hooks.example.com/graphapi", subscription.Text("url"));
        Assert.Equal(["REQUEST_STATUS_CHANGED", "INTERACTION_LOGGED"], subscription.At("eventTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ApiFactory.Id("Customer", 2), subscription.Text("filter.customerId"));
        Assert.Equal("ACTIVE", subscription.Text("status"));
        Assert.Equal(0, subscription.At("pendingEventCount").GetInt32());

        var listed = (await api.GraphQLAsync(admin, $"{{ webhookSubscriptions {{ {Fields} }} }}")).Ok().At("data.webhookSubscriptions").EnumerateArray()
            .Single(s => s.Text("id") == subscription.Text("id"));
        Assert.Equal(subscription.Text("url"), listed.Text("url"));
        Assert.Equal(0, listed.At("deadLetterCount").GetInt32());

        var secretField = await api.GraphQLAsync(admin, "{ webhookSubscriptions { secret } }");
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], secretField.Codes());
    }

    [ApiFact]
    public async Task A_given_secret_is_kept_and_events_committed_before_the_subscription_are_not_pending()
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var requestId = await api.NewRequestAsync(staff);
        await api.ChangeStatusAsync(staff, requestId, "TRIAGED");

        var (id, secret) = await api.SubscribeAsync(admin, "https://hooks.example.com/x", secret: "my-own-secret-0123456789");
        Assert.Equal("my-own-secret-0123456789", secret);
        await api.ChangeStatusAsync(staff, requestId, "IN_PROGRESS");

        var state = (await api.GraphQLAsync(admin, $$"""{ webhookSubscription(id: "{{id}}") { pendingEventCount deliveredCursor } }""")).Ok();
        Assert.Equal(1, state.At("data.webhookSubscription.pendingEventCount").GetInt32());
        Assert.NotNull(state.At("data.webhookSubscription.deliveredCursor").GetString());
    }

    [ApiFact]
    public async Task Update_changes_only_what_it_is_given_and_delete_removes_the_subscription()
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var (id, _) = await api.SubscribeAsync(admin, "https://hooks.example.com/a", filter: $$"""{ requestId: "{{ApiFactory.Id("Request", 1)}}" }""");

        var updated = (await api.GraphQLAsync(admin, $$"""
            mutation { updateWebhookSubscription(input: { subscriptionId: "{{id}}", url: "https://hooks.example.com/b", eventTypes: [EXPECTATION_AT_RISK] }) {
              webhookSubscription { url eventTypes filter { requestId } } errors { code } } }
            """)).Ok().At("data.updateWebhookSubscription");
        Assert.Empty(updated.Codes("errors"));
        Assert.Equal("https://hooks.example.com/b", updated.Text("webhookSubscription.url"));
        Assert.Equal(["EXPECTATION_AT_RISK"], updated.At("webhookSubscription.eventTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ApiFactory.Id("Request", 1), updated.Text("webhookSubscription.filter.requestId"));

        var cleared = (await api.GraphQLAsync(admin, $$"""mutation { updateWebhookSubscription(input: { subscriptionId: "{{id}}", filter: {}, secret: "rotated-secret-0123456789" }) { webhookSubscription { filter { requestId } } errors { code } } }""")).Ok();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.At("data.updateWebhookSubscription.webhookSubscription.filter.requestId").ValueKind);
        await using (var db = api.Database.CreateContext())
        {
            Assert.Equal("rotated-secret-0123456789", (await db.WebhookSubscriptions.SingleAsync(s => s.Url == "https://hooks.example.com/b")).Secret);
        }

        var deleted = (await api.GraphQLAsync(admin, $$"""mutation { deleteWebhookSubscription(input: { subscriptionId: "{{id}}" }) { deletedSubscriptionId errors { code } } }""")).Ok();
        Assert.Equal(id, deleted.Text("data.deleteWebhookSubscription.deletedSubscriptionId"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await api.GraphQLAsync(admin, $$"""{ webhookSubscription(id: "{{id}}") { id } }""")).Ok().At("data.webhookSubscription").ValueKind);
        var again = (await api.GraphQLAsync(admin, $$"""mutation { deleteWebhookSubscription(input: { subscriptionId: "{{id}}" }) { errors { code field } } }""")).Ok();
        Assert.Equal(["NOT_FOUND"], again.Codes("data.deleteWebhookSubscription.errors"));
    }

    [ApiTheory]
    [InlineData("""url: "ftp://hooks.example.com/x", eventTypes: [REQUEST_STATUS_CHANGED]""", "INVALID_INPUT", "input.url")]
    [InlineData("""url: "not a url", eventTypes: [REQUEST_STATUS_CHANGED]""", "INVALID_INPUT", "input.url")]
    [InlineData("""url: "https://hooks.example.com/x", eventTypes: []""", "INVALID_INPUT", "input.eventTypes")]
    [InlineData("""url: "https://hooks.example.com/x", eventTypes: [REQUEST_STATUS_CHANGED], secret: "short" """, "INVALID_INPUT", "input.secret")]
    [InlineData("""url: "https://hooks.example.com/x", eventTypes: [REQUEST_STATUS_CHANGED], filter: { requestId: "nope" }""", "INVALID_ID", "input.filter.requestId")]
    [InlineData("""url: "https://hooks.example.com/x", eventTypes: [REQUEST_STATUS_CHANGED], filter: { customerId: "Q3VzdG9tZXI6OTk5OTk=" }""", "NOT_FOUND", "input.filter.customerId")]
    public async Task Bad_input_is_a_payload_error_and_writes_nothing(string input, string code, string field)
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        await using var before = api.Database.CreateContext();
        var count = await before.WebhookSubscriptions.CountAsync();

        var result = (await api.GraphQLAsync(admin, $$"""mutation { createWebhookSubscription(input: { {{input}} }) { webhookSubscription { id } secret errors { code field message } } }""")).Ok();

        var errors = result.At("data.createWebhookSubscription.errors");
        Assert.Equal([code], result.Codes("data.createWebhookSubscription.errors"));
        Assert.Equal(field, errors[0].Text("field"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.At("data.createWebhookSubscription.secret").ValueKind);
        await using var after = api.Database.CreateContext();
        Assert.Equal(count, await after.WebhookSubscriptions.CountAsync());
    }

    [ApiFact]
    public async Task Loopback_receivers_are_refused_unless_configured()
    {
        await using var strict = new ManualWebhookApiFactory();
        strict.Settings["Webhooks:AllowLoopbackTargets"] = "false";
        var admin = await strict.KeyAsync(ApiKeyRole.Admin);

        var result = (await strict.GraphQLAsync(admin, """mutation { createWebhookSubscription(input: { url: "http://127.0.0.1:6500/hook", eventTypes: [REQUEST_STATUS_CHANGED] }) { errors { code message } } }""")).Ok();

        Assert.Equal(["INVALID_INPUT"], result.Codes("data.createWebhookSubscription.errors"));
        Assert.Contains("Webhooks:AllowLoopbackTargets", result.Text("data.createWebhookSubscription.errors.0.message"));
    }

    [ApiTheory]
    [InlineData(ApiKeyRole.Staff)]
    [InlineData(ApiKeyRole.Connector)]
    public async Task Only_admins_manage_webhooks(ApiKeyRole role)
    {
        var key = await api.KeyAsync(role);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await api.GraphQLAsync(key, "{ webhookSubscriptions { id } }")).Codes());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await api.GraphQLAsync(key, """mutation { createWebhookSubscription(input: { url: "https://hooks.example.com/x", eventTypes: [REQUEST_STATUS_CHANGED] }) { secret } }""")).Codes());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await api.GraphQLAsync(key, """mutation { redeliverWebhookEvents(input: { subscriptionId: "V2ViaG9va1N1YnNjcmlwdGlvbjox" }) { errors { code } } }""")).Codes());
    }

    [ApiFact]
    public async Task Redeliver_rejects_a_bad_cursor_and_an_unknown_subscription()
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var (id, _) = await api.SubscribeAsync(admin, "https://hooks.example.com/x");

        var badCursor = (await api.GraphQLAsync(admin, $$"""mutation { redeliverWebhookEvents(input: { subscriptionId: "{{id}}", fromCursor: "garbage" }) { errors { code field } } }""")).Ok();
        var unknown = (await api.GraphQLAsync(admin, """mutation { redeliverWebhookEvents(input: { subscriptionId: "V2ViaG9va1N1YnNjcmlwdGlvbjo5OTk5" }) { errors { code field } } }""")).Ok();

        Assert.Equal(["INVALID_CURSOR"], badCursor.Codes("data.redeliverWebhookEvents.errors"));
        Assert.Equal(["NOT_FOUND"], unknown.Codes("data.redeliverWebhookEvents.errors"));
    }
}

public sealed class WebhookSubscriptionApiTestsOnPostgres(PostgresManualWebhookApiFactory api) : WebhookSubscriptionApiTests(api), IClassFixture<PostgresManualWebhookApiFactory>, IRunsOnPostgres;
