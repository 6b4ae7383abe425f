using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphApi.Integrations;
using GraphApi.Integrations.Receivers;
using GraphApi.Integrations.Webhooks;
using GraphApi.Security;
using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Integrations.Receivers;

/// <summary>POST /webhooks/servicenow and /webhooks/jira with the vendors' payloads (Samples/), as the senders would post them.</summary>
public class WebhookReceiverTests(ReceiverApiFactory api) : IClassFixture<ReceiverApiFactory>
{
    private const string IncidentSysId = "46e18c0fa9fe19810066a0083f76bd56";

    public static readonly TheoryData<string, string, HttpStatusCode, string[]> BadSamples = new()
    {
        { "servicenow", "servicenow-bad-missing-sys-id", HttpStatusCode.BadRequest, [WebhookErrorCodes.InvalidPayload] },
        { "servicenow", "servicenow-bad-unknown-state", HttpStatusCode.BadRequest, [WebhookErrorCodes.UnknownState] },
        { "servicenow", "servicenow-bad-fields", HttpStatusCode.BadRequest, [WebhookErrorCodes.InvalidPayload, WebhookErrorCodes.InvalidPayload, WebhookErrorCodes.InvalidPayload] },
        { "servicenow", "servicenow-bad-unknown-caller", HttpStatusCode.BadRequest, [WebhookErrorCodes.UnknownCaller] },
        { "servicenow", "servicenow-bad-not-an-object", HttpStatusCode.BadRequest, [WebhookErrorCodes.InvalidJson] },
        { "jira", "jira-bad-unsupported-event", HttpStatusCode.BadRequest, [WebhookErrorCodes.UnsupportedEvent] },
        { "jira", "jira-bad-missing-key", HttpStatusCode.BadRequest, [WebhookErrorCodes.InvalidPayload, WebhookErrorCodes.UnknownState] },
    };

    private static readonly string[] GoodSamples =
    [
        "servicenow-incident-created", "servicenow-incident-in-progress", "servicenow-incident-on-hold", "servicenow-incident-resolved",
        "servicenow-flow-display-values", "servicenow-impact-urgency",
        "jira-issue-created", "jira-issue-updated-in-progress", "jira-issue-updated-summary", "jira-issue-updated-done",
    ];

    [Fact]
    public void Every_sample_payload_is_exercised_by_a_test()
    {
        var files = System.IO.Directory.GetFiles(ReceiverSamples.Directory, "*.json").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(GoodSamples.Concat(BadSamples.Select(row => (string)row[1])).Order(), files);
    }

    [ApiFact]
    public async Task A_ServiceNow_incident_creates_its_request_then_moves_it_once_per_state_change()
    {
        var (status, created) = await PostServiceNowAsync(ReceiverSamples.Load("servicenow-incident-created"));
        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.True(created.GetProperty("created").GetBoolean());
        Assert.Equal("NEW", created.Text("status"));
        var requestId = created.Text("requestId");
        var request = await RequestAsync(requestId);
        Assert.Equal(("Finance share not reachable over VPN", "HIGH", "amelia.hart@example.com"), (request.Text("title"), request.Text("priority"), request.Text("customer.email")));
        Assert.Equal(("SERVICENOW", IncidentSysId, "INC0010042"), (request.Text("externalReferences.0.system"), request.Text("externalReferences.0.externalId"), request.Text("externalReferences.0.displayKey")));

        // "2 In Progress" from NEW is TRIAGED (the nearest status ServiceNow calls In Progress); sent again, it changes nothing.
        Assert.Equal("TRIAGED", (await PostServiceNowAsync(ReceiverSamples.Load("servicenow-incident-in-progress"))).Body.Text("status"));
        Assert.Equal("TRIAGED", (await PostServiceNowAsync(ReceiverSamples.Load("servicenow-incident-in-progress"))).Body.Text("status"));
        Assert.Equal("WAITING_ON_CUSTOMER", (await PostServiceNowAsync(ReceiverSamples.Load("servicenow-incident-on-hold"))).Body.Text("status"));
        var resolved = await PostServiceNowAsync(ReceiverSamples.Load("servicenow-incident-resolved"));
        Assert.Equal((HttpStatusCode.Accepted, "RESOLVED", requestId, false), (resolved.Status, resolved.Body.Text("status"), resolved.Body.Text("requestId"), resolved.Body.GetProperty("created").GetBoolean()));
        var before = await CountsAsync();
        Assert.Equal(HttpStatusCode.Accepted, (await PostServiceNowAsync(ReceiverSamples.Load("servicenow-incident-resolved"))).Status);
        Assert.Equal(before, await CountsAsync());

        var changes = await StatusChangesAsync(requestId);
        Assert.Equal([("NEW", "TRIAGED"), ("TRIAGED", "IN_PROGRESS"), ("IN_PROGRESS", "WAITING_ON_CUSTOMER"), ("WAITING_ON_CUSTOMER", "RESOLVED")], changes.Select(c => (c.PreviousStatus!, c.Status!)));
        Assert.All(changes, c => Assert.Equal("connector:servicenow-webhook", c.Actor));
    }

    [ApiFact]
    public async Task ServiceNow_display_values_references_and_the_impact_urgency_matrix_are_read()
    {
        var flow = await PostServiceNowAsync(ReceiverSamples.Load("servicenow-flow-display-values"));
        Assert.Equal((HttpStatusCode.Accepted, "IN_PROGRESS"), (flow.Status, flow.Body.Text("status")));
        var request = await RequestAsync(flow.Body.Text("requestId"));
        Assert.Equal(("CRITICAL", "ben.okafor@example.com", "INC0010043"), (request.Text("priority"), request.Text("customer.email"), request.Text("externalReferences.0.displayKey")));

        var matrix = await PostServiceNowAsync(ReceiverSamples.Load("servicenow-impact-urgency"));
        Assert.Equal(HttpStatusCode.Accepted, matrix.Status);
        var computed = await RequestAsync(matrix.Body.Text("requestId"));
        Assert.Equal(("CRITICAL", "grace.liu@example.com"), (computed.Text("priority"), computed.Text("customer.email")));
    }

    [ApiTheory]
    [MemberData(nameof(BadSamples))]
    public async Task A_bad_payload_is_a_400_with_coded_errors_and_writes_nothing(string system, string sample, HttpStatusCode expected, string[] codes)
    {
        var before = await CountsAsync();
        var (status, body) = system == "jira" ? await PostJiraAsync(ReceiverSamples.Fresh(sample)) : await PostServiceNowAsync(ReceiverSamples.Load(sample));

        Assert.Equal(expected, status);
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(codes, errors.Select(e => e.Text("code")));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Text("message"))));
        Assert.Equal(before, await CountsAsync());
    }

    [ApiFact]
    public async Task Bad_fields_are_all_named_in_one_answer()
    {
        var (_, body) = await PostServiceNowAsync(ReceiverSamples.Load("servicenow-bad-fields"));
        Assert.Equal(["sys_id", "priority", "sys_updated_on"], body.GetProperty("errors").EnumerateArray().Select(e => e.Text("field")));
    }

    [ApiFact]
    public async Task ServiceNow_deliveries_need_the_shared_secret()
    {
        var before = await CountsAsync();
        var body = ReceiverSamples.Load("servicenow-incident-created", n => n["sys_id"] = "0123456789abcdef0123456789abcdef");
        Assert.Equal((HttpStatusCode.Unauthorized, WebhookErrorCodes.NotAuthenticated), Code(await PostServiceNowAsync(body, secret: null)));
        Assert.Equal((HttpStatusCode.Unauthorized, WebhookErrorCodes.NotAuthenticated), Code(await PostServiceNowAsync(body, secret: "guess")));
        Assert.Equal(before, await CountsAsync());

        using var client = api.CreateClient();
        using var response = await client.PostAsync($"/webhooks/servicenow?token={ReceiverApiFactory.ServiceNowSecret}", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [ApiFact]
    public async Task Signed_ServiceNow_deliveries_are_verified_and_stale_ones_refused_as_replays()
    {
        const string signingSecret = "sn-signing-secret";
        using var signed = api.WithWebHostBuilder(b => b.UseSetting("Receivers:ServiceNow:SigningSecret", signingSecret));
        using var client = signed.CreateClient();
        var body = ReceiverSamples.Load("servicenow-incident-created", n => n["sys_id"] = "fedcba9876543210fedcba9876543210");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var before = await CountsAsync();

        Assert.Equal((HttpStatusCode.Unauthorized, WebhookErrorCodes.InvalidSignature), Code(await SendAsync(client, "/webhooks/servicenow", body, r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ReceiverApiFactory.ServiceNowSecret))));
        Assert.Equal((HttpStatusCode.Unauthorized, WebhookErrorCodes.InvalidSignature), Code(await SendAsync(client, "/webhooks/servicenow", body, r => SignTimestamped(r, "wrong-secret", now, body))));
        Assert.Equal((HttpStatusCode.Unauthorized, WebhookErrorCodes.InvalidSignature), Code(await SendAsync(client, "/webhooks/servicenow", body, r => SignTimestamped(r, signingSecret, now, body.Replace("VPN", "vpn", StringComparison.Ordinal)))));
        Assert.Equal((HttpStatusCode.Unauthorized, WebhookErrorCodes.Replayed), Code(await SendAsync(client, "/webhooks/servicenow", body, r => SignTimestamped(r, signingSecret, now - 360, body))));
        Assert.Equal((HttpStatusCode.Unauthorized, WebhookErrorCodes.Replayed), Code(await SendAsync(client, "/webhooks/servicenow", body, r => SignTimestamped(r, signingSecret, now + 360, body))));
        Assert.Equal(before, await CountsAsync());

        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(client, "/webhooks/servicenow", body, r => SignTimestamped(r, signingSecret, now - 240, body))).Status);
    }

    [ApiFact]
    public async Task Jira_issue_events_create_and_move_the_request_as_their_changelog_says()
    {
        var created = await PostJiraAsync(ReceiverSamples.Fresh("jira-issue-created"));
        Assert.Equal((HttpStatusCode.Accepted, "NEW", true), (created.Status, created.Body.Text("status"), created.Body.GetProperty("created").GetBoolean()));
        var requestId = created.Body.Text("requestId");
        var request = await RequestAsync(requestId);
        Assert.Equal(("Quarter-end report export times out", "HIGH", "grace.liu@example.com"), (request.Text("title"), request.Text("priority"), request.Text("customer.email")));
        Assert.Equal(("JIRA", "ITSM-42", "https://example.atlassian.net/browse/ITSM-42"), (request.Text("externalReferences.0.system"), request.Text("externalReferences.0.externalId"), request.Text("externalReferences.0.url")));

        // To Do -> In Progress passes through TRIAGED, as GraphApi's life cycle does.
        Assert.Equal("IN_PROGRESS", (await PostJiraAsync(ReceiverSamples.Fresh("jira-issue-updated-in-progress"))).Body.Text("status"));

        // A changelog without a status item leaves the status alone, whatever the category says.
        var summary = await PostJiraAsync(ReceiverSamples.Fresh("jira-issue-updated-summary", n => n["issue"]!["fields"]!["status"]!["statusCategory"]!["key"] = "done"));
        Assert.Equal((HttpStatusCode.Accepted, "IN_PROGRESS"), (summary.Status, summary.Body.Text("status")));
        request = await RequestAsync(requestId);
        Assert.Equal(("Quarter-end report export times out after 60 s", "CRITICAL"), (request.Text("title"), request.Text("priority")));

        var done = await PostJiraAsync(ReceiverSamples.Fresh("jira-issue-updated-done"));
        Assert.Equal("RESOLVED", done.Body.Text("status"));
        Assert.Equal("The export stops after 60 seconds.\nFixed by raising the gateway timeout.", (await RequestAsync(requestId)).Text("description"));
        Assert.Equal([("NEW", "TRIAGED"), ("TRIAGED", "IN_PROGRESS"), ("IN_PROGRESS", "RESOLVED")], (await StatusChangesAsync(requestId)).Select(c => (c.PreviousStatus!, c.Status!)));
    }

    [ApiFact]
    public async Task Jira_deliveries_need_a_valid_signature_over_a_fresh_timestamp()
    {
        var before = await CountsAsync();
        var fresh = ReceiverSamples.Fresh("jira-issue-created", n => n["issue"]!["key"] = "SEC-1");
        Assert.Equal((HttpStatusCode.Unauthorized, WebhookErrorCodes.InvalidSignature), Code(await PostJiraAsync(fresh, signingSecret: null)));
        Assert.Equal((HttpStatusCode.Unauthorized, WebhookErrorCodes.InvalidSignature), Code(await PostJiraAsync(fresh, signingSecret: "wrong")));

        // The sample as recorded: correctly signed, but its timestamp is long past.
        Assert.Equal((HttpStatusCode.Unauthorized, WebhookErrorCodes.Replayed), Code(await PostJiraAsync(ReceiverSamples.Load("jira-issue-created", n => n["issue"]!["key"] = "SEC-1"))));
        Assert.Equal((HttpStatusCode.BadRequest, WebhookErrorCodes.InvalidPayload), Code(await PostJiraAsync(ReceiverSamples.Load("jira-issue-created", n => n.AsObject().Remove("timestamp")))));
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(HttpStatusCode.Accepted, (await PostJiraAsync(fresh)).Status);
    }

    [ApiFact]
    public async Task A_receiver_without_a_secret_is_off()
    {
        using var off = api.WithWebHostBuilder(b => b.UseSetting("Receivers:Jira:SigningSecret", ""));
        using var client = off.CreateClient();
        Assert.Equal((HttpStatusCode.NotFound, WebhookErrorCodes.NotConfigured), Code(await SendAsync(client, "/webhooks/jira", ReceiverSamples.Fresh("jira-issue-created"), _ => { })));
    }

    [ApiFact]
    public async Task A_state_the_life_cycle_cannot_reach_is_a_409_and_changes_nothing()
    {
        const string sysId = "00000000000000000000000000c1053d";
        var closed = await PostServiceNowAsync(ReceiverSamples.Load("servicenow-incident-created", n => { n["sys_id"] = sysId; n["state"] = "7"; }));
        Assert.Equal((HttpStatusCode.Accepted, "CLOSED"), (closed.Status, closed.Body.Text("status")));
        var before = await CountsAsync();

        var reopened = await PostServiceNowAsync(ReceiverSamples.Load("servicenow-incident-in-progress", n => n["sys_id"] = sysId));

        Assert.Equal((HttpStatusCode.Conflict, "INVALID_TRANSITION"), Code(reopened));
        Assert.Equal("state", reopened.Body.Text("errors.0.field"));
        Assert.Equal(before, await CountsAsync());
    }

    private static (HttpStatusCode, string) Code((HttpStatusCode Status, JsonElement Body) response) => (response.Status, response.Body.Text("errors.0.code"));

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostServiceNowAsync(string body, string? secret = ReceiverApiFactory.ServiceNowSecret)
    {
        using var client = api.CreateClient();
        return await SendAsync(client, "/webhooks/servicenow", body, r =>
        {
            if (secret is not null)
            {
                r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            }
        });
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostJiraAsync(string body, string? signingSecret = ReceiverApiFactory.JiraSigningSecret)
    {
        using var client = api.CreateClient();
        return await SendAsync(client, "/webhooks/jira", body, r =>
        {
            r.Headers.Add("X-Atlassian-Webhook-Identifier", Guid.NewGuid().ToString());
            if (signingSecret is not null)
            {
                r.Headers.Add(WebhookAuthenticator.JiraSignatureHeader, WebhookSignature.SignContent(signingSecret, Encoding.UTF8.GetBytes(body)));
            }
        });
    }

    private static void SignTimestamped(HttpRequestMessage request, string secret, long timestamp, string signedBody)
    {
        var stamp = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add(WebhookSignature.TimestampHeader, stamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.SignContent(secret, WebhookSignature.TimestampedContent(stamp, Encoding.UTF8.GetBytes(signedBody))));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, string path, string body, Action<HttpRequestMessage> prepare)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        prepare(request);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task<JsonElement> RequestAsync(string requestId)
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var response = await api.GraphQLAsync(admin, """
            query($id: ID!) { node(id: $id) { ... on Request { title description priority status customer { email } externalReferences { system externalId displayKey url } } } }
            """, new { id = requestId });
        return response.Ok().At("data.node");
    }

    private async Task<List<GraphApi.Events.DomainEvent>> StatusChangesAsync(string requestId)
    {
        Assert.True(GraphApi.Api.GlobalId.TryDecode(requestId, "Request", out var id));
        await using var db = api.Database.CreateContext();
        return await db.Events.Where(e => e.RequestId == id && e.Type == GraphApi.Events.EventType.RequestStatusChanged).OrderBy(e => e.Sequence).ToListAsync();
    }

    private async Task<(int Requests, int References, int Events)> CountsAsync()
    {
        await using var db = api.Database.CreateContext();
        return (await db.Requests.CountAsync(), await db.ExternalReferences.CountAsync(), await db.Events.CountAsync());
    }
}

public sealed class WebhookReceiverTestsOnPostgres(PostgresReceiverApiFactory api) : WebhookReceiverTests(api), IClassFixture<PostgresReceiverApiFactory>, IRunsOnPostgres;
