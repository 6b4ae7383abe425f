using System.Text.Json;
using GraphApi.Security;

namespace GraphApi.Tests.Api;

/// <summary>The whole story of a request, as staff and connectors meet it: every change writes its event, and every change to a request moves its version.</summary>
public class DomainEventTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string EventFields = "type entityType entityId previousStatus status changedFields actor";

    private async Task<List<JsonElement>> EventsAfterAsync(string key, string cursor)
    {
        var page = await api.GraphQLAsync(key, $$"""{ events(first: 500, after: "{{cursor}}") { nodes { {{EventFields}} } } }""");
        return [.. page.Ok().At("data.events.nodes").EnumerateArray()];
    }

    private static (string Type, string[] ChangedFields) Summary(JsonElement e) =>
        (e.Text("type"), e.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()!).ToArray());

    [ApiFact]
    public async Task Every_change_from_raising_to_retrospective_writes_its_event()
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var customer = await api.KeyAsync(ApiKeyRole.Customer, 3);
        var head = await api.HeadCursorAsync();

        var created = await api.GraphQLAsync(customer, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 3)}}", title: "Printer jams", businessImpact: "Invoices go out late" }) { request { id version } errors { code } } }""");
        var id = created.Ok().Text("data.createRequest.request.id");
        var updated = await api.GraphQLAsync(admin, $$"""mutation { updateRequest(input: { requestId: "{{id}}", expectedVersion: 1, title: "Printer jams daily", priority: HIGH, why: "Month end" }) { request { version } errors { code } } }""");
        var unchanged = await api.GraphQLAsync(admin, $$"""mutation { updateRequest(input: { requestId: "{{id}}", title: "Printer jams daily" }) { request { version } errors { code } } }""");
        var logged = await api.GraphQLAsync(admin, $$"""mutation { logInteraction(input: { customerId: "{{ApiFactory.Id("Customer", 3)}}", requestId: "{{id}}", channel: EMAIL, direction: OUTBOUND, kind: CLARIFICATION, summary: "Asked which tray" }) { interaction { request { version firstResponseAt } } errors { code } } }""");
        var stale = await api.GraphQLAsync(admin, $$"""mutation { updateRequest(input: { requestId: "{{id}}", expectedVersion: 2, title: "Stale" }) { errors { code } } }""");
        var decided = await api.GraphQLAsync(admin, $$"""mutation { decideRequest(input: { requestId: "{{id}}", decision: ACCEPTED, rationale: "Blocks invoicing", decidedById: "{{ApiFactory.Id("StaffMember", 2)}}" }) { request { status version decision decidedAt decidedBy { id } } errors { code } } }""");
        var expectation = await api.GraphQLAsync(admin, $$"""mutation { setExpectation(input: { requestId: "{{id}}", deliverable: "A working printer", dueAt: "2031-01-01T00:00:00Z" }) { expectation { id createdAt metAt } errors { code } } }""");
        var expectationId = expectation.Ok().Text("data.setExpectation.expectation.id");
        var second = await api.GraphQLAsync(admin, $$"""mutation { logInteraction(input: { customerId: "{{ApiFactory.Id("Customer", 3)}}", requestId: "{{id}}", channel: EMAIL, direction: OUTBOUND, kind: STATUS_UPDATE, summary: "Part ordered" }) { interaction { request { version } } errors { code } } }""");
        var met = await api.GraphQLAsync(admin, $$"""mutation { updateExpectationStatus(input: { expectationId: "{{expectationId}}", status: MET }) { expectation { status metAt } errors { code } } }""");
        var linked = await api.GraphQLAsync(admin, $$"""mutation { linkExternalReference(input: { requestId: "{{id}}", system: JIRA, externalId: "STORY-{{Guid.NewGuid():N}}", displayKey: "IT-1" }) { externalReference { id externalId } errors { code } } }""");
        var externalId = linked.Ok().Text("data.linkExternalReference.externalReference.externalId");
        var relinked = await api.GraphQLAsync(admin, $$"""mutation { linkExternalReference(input: { requestId: "{{id}}", system: JIRA, externalId: "{{externalId}}", url: "https://jira.example.com/browse/IT-1" }) { errors { code } } }""");
        var retrospective = await api.GraphQLAsync(admin, $$"""mutation { recordRetrospective(input: { requestId: "{{id}}", wentWell: "Quick triage" }) { retrospective { id } errors { code } } }""");
        var retrospectiveId = retrospective.Ok().Text("data.recordRetrospective.retrospective.id");
        var item = await api.GraphQLAsync(admin, $$"""mutation { addActionItem(input: { retrospectiveId: "{{retrospectiveId}}", text: "Stock spare rollers" }) { actionItem { id } errors { code } } }""");
        var itemId = item.Ok().Text("data.addActionItem.actionItem.id");
        var completed = await api.GraphQLAsync(admin, $$"""mutation { completeActionItem(input: { actionItemId: "{{itemId}}" }) { actionItem { done } errors { code } } }""");
        var again = await api.GraphQLAsync(admin, $$"""mutation { completeActionItem(input: { actionItemId: "{{itemId}}" }) { actionItem { done } errors { code } } }""");

        Assert.Equal(1, created.At("data.createRequest.request.version").GetInt32());
        Assert.Equal(2, updated.Ok().At("data.updateRequest.request.version").GetInt32());
        Assert.Equal(2, unchanged.Ok().At("data.updateRequest.request.version").GetInt32());
        var decision = decided.Ok().At("data.decideRequest.request");
        Assert.Equal(("TRIAGED", 4, "ACCEPTED", ApiFactory.Id("StaffMember", 2)), (decision.Text("status"), decision.At("version").GetInt32(), decision.Text("decision"), decision.Text("decidedBy.id")));
        Assert.Equal(JsonValueKind.String, decision.At("decidedAt").ValueKind);
        Assert.Equal(JsonValueKind.String, expectation.At("data.setExpectation.expectation.createdAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, expectation.At("data.setExpectation.expectation.metAt").ValueKind);

        // The first outbound interaction sets firstResponseAt: a change to the request, so its version moves and the old one is stale.
        Assert.Equal(3, logged.Ok().At("data.logInteraction.interaction.request.version").GetInt32());
        Assert.Equal(["CONCURRENT_UPDATE"], stale.Ok().Codes("data.updateRequest.errors"));
        Assert.Equal(4, second.Ok().At("data.logInteraction.interaction.request.version").GetInt32());
        Assert.Equal(("MET", JsonValueKind.String), (met.Ok().Text("data.updateExpectationStatus.expectation.status"), met.At("data.updateExpectationStatus.expectation.metAt").ValueKind));
        Assert.Empty(relinked.Ok().Codes("data.linkExternalReference.errors"));
        Assert.True(completed.Ok().At("data.completeActionItem.actionItem.done").GetBoolean());
        Assert.True(again.Ok().At("data.completeActionItem.actionItem.done").GetBoolean());

        var events = await EventsAfterAsync(admin, head);
        Assert.Equal(
            [
                "REQUEST_CREATED:",
                "REQUEST_UPDATED:priority,title,why",
                "INTERACTION_LOGGED:",
                "REQUEST_UPDATED:firstResponseAt",
                "REQUEST_DECIDED:decidedAt,decidedBy,decision,decisionRationale,status",
                "REQUEST_STATUS_CHANGED:",
                "EXPECTATION_STATUS_CHANGED:",
                "INTERACTION_LOGGED:",
                "EXPECTATION_STATUS_CHANGED:",
                "EXTERNAL_REFERENCE_LINKED:",
                "EXTERNAL_REFERENCE_UPDATED:url",
                "RETROSPECTIVE_RECORDED:",
                "ACTION_ITEM_ADDED:",
                "ACTION_ITEM_COMPLETED:",
            ],
            events.Select(Summary).Select(e => $"{e.Type}:{string.Join(",", e.ChangedFields.Order(StringComparer.Ordinal))}"));
        Assert.Equal(("NEW", "TRIAGED"), (events[4].Text("previousStatus"), events[4].Text("status")));
        Assert.Equal(("NEW", "TRIAGED"), (events[5].Text("previousStatus"), events[5].Text("status")));
        Assert.Equal("NEW", events[0].Text("status"));
        Assert.Equal([id], events.Take(6).Where(e => e.Text("entityType") == "Request").Select(e => e.Text("entityId")).Distinct());
        Assert.Equal(itemId, events[^1].Text("entityId"));
        Assert.StartsWith("customer:", events[0].Text("actor"), StringComparison.Ordinal);

        // The customer's own key reads the events of its request too.
        var own = await EventsAfterAsync(customer, head);
        Assert.Equal(events.Select(e => e.Text("type")), own.Select(e => e.Text("type")));
    }

    [ApiFact]
    public async Task Declining_declines_in_the_same_change_and_is_refused_once_work_has_started()
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var first = (await api.GraphQLAsync(admin, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 6)}}", title: "Gold plated mouse" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");
        var second = (await api.GraphQLAsync(admin, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 6)}}", title: "Second screen" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");
        foreach (var status in new[] { "TRIAGED", "IN_PROGRESS" })
        {
            await api.GraphQLAsync(admin, $$"""mutation { changeRequestStatus(input: { requestId: "{{second}}", status: {{status}} }) { errors { code } } }""");
        }

        var head = await api.HeadCursorAsync();
        var declined = await api.GraphQLAsync(admin, $$"""mutation { decideRequest(input: { requestId: "{{first}}", decision: DECLINED, rationale: "Outside policy", decidedById: "{{ApiFactory.Id("StaffMember", 1)}}" }) { request { status decision closedAt version } errors { code } } }""");
        var late = await api.GraphQLAsync(admin, $$"""mutation { decideRequest(input: { requestId: "{{second}}", decision: DECLINED, rationale: "Too late", decidedById: "{{ApiFactory.Id("StaffMember", 1)}}" }) { request { id } errors { code field } } }""");
        var deferred = await api.GraphQLAsync(admin, $$"""mutation { decideRequest(input: { requestId: "{{second}}", decision: ACCEPTED, rationale: "Carry on", decidedById: "{{ApiFactory.Id("StaffMember", 1)}}" }) { request { status version } errors { code } } }""");

        var request = declined.Ok().At("data.decideRequest.request");
        Assert.Equal(("DECLINED", "DECLINED", 2), (request.Text("status"), request.Text("decision"), request.At("version").GetInt32()));
        Assert.Equal(JsonValueKind.String, request.At("closedAt").ValueKind);
        Assert.Equal([("INVALID_TRANSITION", "input.decision")], late.Ok().At("data.decideRequest.errors").EnumerateArray().Select(e => (e.Text("code"), e.Text("field"))));
        Assert.Equal(("IN_PROGRESS", 4), (deferred.Ok().Text("data.decideRequest.request.status"), deferred.At("data.decideRequest.request.version").GetInt32()));
        var events = await EventsAfterAsync(admin, head);
        Assert.Equal(["REQUEST_DECIDED", "REQUEST_STATUS_CHANGED", "REQUEST_DECIDED"], events.Select(e => e.Text("type")));
        Assert.Equal(("NEW", "DECLINED"), (events[1].Text("previousStatus"), events[1].Text("status")));
        Assert.Equal(("IN_PROGRESS", "IN_PROGRESS"), (events[2].Text("previousStatus"), events[2].Text("status")));
    }

    [ApiFact]
    public async Task A_connector_upsert_writes_created_updated_and_reference_events()
    {
        var connector = await api.KeyAsync(ApiKeyRole.Connector);
        var externalId = $"UP-{Guid.NewGuid():N}";
        var head = await api.HeadCursorAsync();
        string Upsert(string fields) => $$"""mutation { upsertRequestFromExternal(input: { system: SERVICENOW, externalId: "{{externalId}}", {{fields}} }) { created errors { code } } }""";

        (await api.GraphQLAsync(connector, Upsert($$"""customerId: "{{ApiFactory.Id("Customer", 2)}}", title: "VPN down", status: IN_PROGRESS"""))).Ok();
        (await api.GraphQLAsync(connector, Upsert("""title: "VPN down in Leeds", displayKey: "INC0010001" """))).Ok();
        (await api.GraphQLAsync(connector, Upsert("""title: "VPN down in Leeds", displayKey: "INC0010001" """))).Ok();

        var events = (await EventsAfterAsync(connector, head)).Select(Summary).Select(e => (e.Type, string.Join(",", e.ChangedFields))).ToArray();
        Assert.Equal([("REQUEST_CREATED", ""), ("EXTERNAL_REFERENCE_LINKED", ""), ("REQUEST_STATUS_CHANGED", ""), ("REQUEST_UPDATED", "title"), ("EXTERNAL_REFERENCE_UPDATED", "displayKey")], events);
    }

    [ApiFact]
    public async Task The_requestChanged_subscription_replays_every_request_event()
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var head = await api.HeadCursorAsync();
        var id = (await api.GraphQLAsync(admin, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 7)}}", title: "Badge reader" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");
        await api.GraphQLAsync(admin, $$"""mutation { updateRequest(input: { requestId: "{{id}}", priority: LOW }) { errors { code } } }""");
        await api.GraphQLAsync(admin, $$"""mutation { decideRequest(input: { requestId: "{{id}}", decision: ACCEPTED, rationale: "Fine", decidedById: "{{ApiFactory.Id("StaffMember", 1)}}" }) { errors { code } } }""");
        await api.GraphQLAsync(admin, $$"""mutation { setExpectation(input: { requestId: "{{id}}", deliverable: "Reader fixed", dueAt: "2031-01-01T00:00:00Z" }) { errors { code } } }""");

        using var socket = await GraphQLSocket.OpenAsync(api, admin);
        await GraphQLSocket.SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = $$"""subscription { requestChanged(requestId: "{{id}}", after: "{{head}}") { type } }""" } });
        var types = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            types.Add((await GraphQLSocket.NextPayloadAsync(socket)).Text("data.requestChanged.type"));
        }

        Assert.Equal(["REQUEST_CREATED", "REQUEST_UPDATED", "REQUEST_DECIDED", "REQUEST_STATUS_CHANGED"], types);
    }
}
