using System.Text.Json;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Api;

/// <summary>Interactions, expectations, retrospectives, external references, customers and staff: each mutation's happy path and error codes.</summary>
public class DomainMutationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string Customer1 = ApiFactory.Id("Customer", 1);
    private static readonly string Staff1 = ApiFactory.Id("StaffMember", 1);

    private async Task<(string Key, string RequestId)> NewRequestAsync(string? customerId = null)
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        var created = await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{customerId ?? Customer1}}", title: "Projector" }) { request { id } errors { code } } }""");
        return (key, created.Ok().Text("data.createRequest.request.id"));
    }

    private async Task<int> EventCountAsync()
    {
        await using var db = api.Database.CreateContext();
        return await db.Events.CountAsync();
    }

    [ApiFact]
    public async Task LogInteraction_checks_the_preferred_channel_and_sets_the_first_response()
    {
        var (key, requestId) = await NewRequestAsync();
        var channels = (await api.GraphQLAsync(key, $$"""{ node(id: "{{Customer1}}") { ... on Customer { preferredChannels } } }""")).Ok().At("data.node.preferredChannels")[0].GetString();

        var logged = await api.GraphQLAsync(key, $$"""mutation { logInteraction(input: { customerId: "{{Customer1}}", requestId: "{{requestId}}", channel: {{channels}}, direction: OUTBOUND, kind: STATUS_UPDATE, summary: "Still waiting for the part", occurredAt: "2026-11-20T10:00:00+01:00", participants: [{ staffMemberId: "{{Staff1}}", role: LEAD }, { staffMemberId: "{{ApiFactory.Id("StaffMember", 2)}}", role: LISTENER }] }) { interaction { onPreferredChannel occurredAt participants { role } request { firstResponseAt } } errors { code } } }""");

        var interaction = logged.Ok().At("data.logInteraction.interaction");
        Assert.True(interaction.At("onPreferredChannel").GetBoolean());
        Assert.Equal("2026-11-20T09:00:00.000Z", interaction.Text("occurredAt"));
        Assert.Equal("2026-11-20T09:00:00.000Z", interaction.Text("request.firstResponseAt"));
        Assert.Equal(["LEAD", "LISTENER"], interaction.At("participants").EnumerateArray().Select(p => p.Text("role")));
    }

    [ApiFact]
    public async Task LogInteraction_refuses_another_customers_request_unknown_staff_and_duplicates()
    {
        var (key, requestId) = await NewRequestAsync();
        var events = await EventCountAsync();

        var result = await api.GraphQLAsync(key, $$"""mutation { logInteraction(input: { customerId: "{{ApiFactory.Id("Customer", 2)}}", requestId: "{{requestId}}", channel: EMAIL, direction: INBOUND, kind: OTHER, summary: "x", participants: [{ staffMemberId: "{{Staff1}}", role: LEAD }, { staffMemberId: "{{Staff1}}", role: LISTENER }, { staffMemberId: "{{ApiFactory.Id("StaffMember", 77)}}", role: LISTENER }] }) { interaction { id } errors { code field } } }""");

        var errors = result.Ok().At("data.logInteraction.errors").EnumerateArray().Select(e => (e.Text("code"), e.Text("field"))).ToArray();
        Assert.Equal([("INVALID_INPUT", "input.participants[1].staffMemberId"), ("INVALID_INPUT", "input.requestId"), ("NOT_FOUND", "input.participants[2].staffMemberId")], errors);
        Assert.Equal(events, await EventCountAsync());
    }

    [ApiFact]
    public async Task Expectations_are_set_updated_and_renegotiated()
    {
        var (key, requestId) = await NewRequestAsync();

        var set = await api.GraphQLAsync(key, $$"""mutation { setExpectation(input: { requestId: "{{requestId}}", deliverable: "Working projector", dueAt: "2030-01-10T12:00:00Z", alternative: "Loan unit", updateCadence: "P1D", agreedWith: "Office manager" }) { expectation { id status updateCadence } errors { code } } }""");
        var id = set.Ok().Text("data.setExpectation.expectation.id");
        var atRisk = await api.GraphQLAsync(key, $$"""mutation { updateExpectationStatus(input: { expectationId: "{{id}}", status: AT_RISK }) { expectation { status lastUpdateAt } errors { code } } }""");
        var renegotiated = await api.GraphQLAsync(key, $$"""mutation { renegotiateExpectation(input: { expectationId: "{{id}}", dueAt: "2030-02-01T12:00:00Z" }) { expectation { id status deliverable alternative updateCadence dueAt } previous { status replacedBy { id } } errors { code } } }""");
        var again = await api.GraphQLAsync(key, $$"""mutation { updateExpectationStatus(input: { expectationId: "{{id}}", status: MET }) { errors { code } } }""");

        Assert.Equal(("ON_TRACK", "P1D"), (set.Text("data.setExpectation.expectation.status"), set.Text("data.setExpectation.expectation.updateCadence")));
        Assert.Equal("AT_RISK", atRisk.Ok().Text("data.updateExpectationStatus.expectation.status"));
        var replacement = renegotiated.Ok().At("data.renegotiateExpectation");
        Assert.Equal(("ON_TRACK", "Working projector", "Loan unit", "P1D", "2030-02-01T12:00:00.000Z"), (replacement.Text("expectation.status"), replacement.Text("expectation.deliverable"), replacement.Text("expectation.alternative"), replacement.Text("expectation.updateCadence"), replacement.Text("expectation.dueAt")));
        Assert.Equal("RENEGOTIATED", replacement.Text("previous.status"));
        Assert.Equal(replacement.Text("expectation.id"), replacement.Text("previous.replacedBy.id"));
        Assert.Equal(["INVALID_TRANSITION"], again.Ok().Codes("data.updateExpectationStatus.errors"));
    }

    [ApiFact]
    public async Task Expectation_input_errors_have_codes_and_fields()
    {
        var (key, requestId) = await NewRequestAsync();

        var bad = await api.GraphQLAsync(key, $$"""mutation { setExpectation(input: { requestId: "{{requestId}}", deliverable: "", dueAt: "2020-01-01T00:00:00Z", updateCadence: "PT5M" }) { errors { code field } } }""");
        var renegotiateDirectly = await api.GraphQLAsync(key, $$"""mutation { updateExpectationStatus(input: { expectationId: "{{ApiFactory.Id("Expectation", 1)}}", status: RENEGOTIATED }) { errors { code } } }""");
        var malformedCadence = await api.GraphQLAsync(key, $$"""mutation { setExpectation(input: { requestId: "{{requestId}}", deliverable: "x", dueAt: "2030-01-01T00:00:00Z", updateCadence: "every day" }) { errors { code } } }""");

        Assert.Equal([("INVALID_INPUT", "input.deliverable"), ("INVALID_INPUT", "input.updateCadence"), ("INVALID_INPUT", "input.dueAt")],
            bad.Ok().At("data.setExpectation.errors").EnumerateArray().Select(e => (e.Text("code"), e.Text("field"))).ToArray());
        Assert.Equal(["INVALID_TRANSITION"], renegotiateDirectly.Ok().Codes("data.updateExpectationStatus.errors"));
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], malformedCadence.Codes());
    }

    [ApiFact]
    public async Task Retrospectives_are_recorded_with_participants_and_action_items()
    {
        var (key, requestId) = await NewRequestAsync();

        var recorded = await api.GraphQLAsync(key, $$"""mutation { recordRetrospective(input: { requestId: "{{requestId}}", wentWell: "Loan unit same day", wentWrong: "No update for 3 days", customerRating: 4, participantIds: ["{{Staff1}}", "{{Staff1}}"], actionItems: [{ text: "Daily update template", ownerId: "{{Staff1}}", dueAt: "2030-01-01T00:00:00Z" }] }) { retrospective { id customerRating participants { staffMember { name } } actionItems { id text done owner { name } } request { id } } errors { code } } }""");
        var retrospective = recorded.Ok().At("data.recordRetrospective.retrospective");
        var added = await api.GraphQLAsync(key, $$"""mutation { addActionItem(input: { retrospectiveId: "{{retrospective.Text("id")}}", text: "Check loan stock" }) { actionItem { id text done retrospective { id } } errors { code } } }""");
        var itemId = added.Ok().Text("data.addActionItem.actionItem.id");
        var completed = await api.GraphQLAsync(key, $$"""mutation { completeActionItem(input: { actionItemId: "{{itemId}}" }) { actionItem { done } errors { code } } }""");
        var voice = await api.GraphQLAsync(key, """mutation { recordRetrospective(input: { customerPerspective: "Faster answers on chat", customerRating: 6 }) { errors { code field } } }""");

        Assert.Equal((4, 1, 1), (retrospective.At("customerRating").GetInt32(), retrospective.At("participants").GetArrayLength(), retrospective.At("actionItems").GetArrayLength()));
        Assert.Equal(requestId, retrospective.Text("request.id"));
        Assert.Equal(retrospective.Text("id"), added.Text("data.addActionItem.actionItem.retrospective.id"));
        Assert.True(completed.Ok().At("data.completeActionItem.actionItem.done").GetBoolean());
        Assert.Equal(["INVALID_INPUT"], voice.Ok().Codes("data.recordRetrospective.errors"));
    }

    [ApiFact]
    public async Task External_references_link_once_per_record()
    {
        var (key, first) = await NewRequestAsync();
        var (_, second) = await NewRequestAsync();

        var linked = await api.GraphQLAsync(key, $$"""mutation { linkExternalReference(input: { requestId: "{{first}}", system: SERVICENOW, externalId: "a1b2c3", displayKey: "INC0010001", url: "https://example.service-now.com/inc/a1b2c3" }) { externalReference { id system displayKey request { id } } errors { code } } }""");
        var relinked = await api.GraphQLAsync(key, $$"""mutation { linkExternalReference(input: { requestId: "{{first}}", system: SERVICENOW, externalId: "a1b2c3", displayKey: "INC0010001-B" }) { externalReference { id displayKey url } errors { code } } }""");
        var taken = await api.GraphQLAsync(key, $$"""mutation { linkExternalReference(input: { requestId: "{{second}}", system: SERVICENOW, externalId: "a1b2c3" }) { errors { code field } } }""");
        var badUrl = await api.GraphQLAsync(key, $$"""mutation { linkExternalReference(input: { requestId: "{{second}}", system: JIRA, externalId: "OPS-1", url: "javascript:alert(1)" }) { errors { code field } } }""");

        Assert.Equal(first, linked.Ok().Text("data.linkExternalReference.externalReference.request.id"));
        Assert.Equal(linked.Text("data.linkExternalReference.externalReference.id"), relinked.Ok().Text("data.linkExternalReference.externalReference.id"));
        Assert.Equal(("INC0010001-B", "https://example.service-now.com/inc/a1b2c3"), (relinked.Text("data.linkExternalReference.externalReference.displayKey"), relinked.Text("data.linkExternalReference.externalReference.url")));
        Assert.Equal(["ALREADY_EXISTS"], taken.Ok().Codes("data.linkExternalReference.errors"));
        Assert.Equal(["INVALID_INPUT"], badUrl.Ok().Codes("data.linkExternalReference.errors"));
    }

    [ApiFact]
    public async Task UpsertRequestFromExternal_is_idempotent_on_system_and_external_id()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        const string fields = "created request { id number title status version externalReferences { system externalId displayKey } } errors { code field }";
        var upsert = $$"""mutation($status: RequestStatus, $title: String) { upsertRequestFromExternal(input: { system: JIRA, externalId: "10042", displayKey: "HELP-42", customerId: "{{Customer1}}", title: $title, status: $status }) { {{fields}} } }""";

        var created = (await api.GraphQLAsync(key, upsert, new { title = "Shared drive full", status = "TRIAGED" })).Ok().At("data.upsertRequestFromExternal");
        var events = await EventCountAsync();
        var same = (await api.GraphQLAsync(key, upsert, new { title = "Shared drive full", status = "TRIAGED" })).Ok().At("data.upsertRequestFromExternal");
        var eventsAfterSame = await EventCountAsync();
        var moved = (await api.GraphQLAsync(key, upsert, new { title = "Shared drive full", status = "IN_PROGRESS" })).Ok().At("data.upsertRequestFromExternal");
        var refused = (await api.GraphQLAsync(key, upsert, new { title = "Renamed", status = "NEW" })).Ok().At("data.upsertRequestFromExternal");
        var newWithoutTitle = (await api.GraphQLAsync(key, """mutation { upsertRequestFromExternal(input: { system: JIRA, externalId: "10043" }) { errors { code field } } }""")).Ok();

        Assert.True(created.At("created").GetBoolean());
        Assert.Equal(("TRIAGED", "HELP-42"), (created.Text("request.status"), created.Text("request.externalReferences.0.displayKey")));
        Assert.False(same.At("created").GetBoolean());
        Assert.Equal(created.Text("request.id"), same.Text("request.id"));
        Assert.Equal(created.At("request.version").GetInt32(), same.At("request.version").GetInt32());
        Assert.Equal(events, eventsAfterSame);
        Assert.Equal("IN_PROGRESS", moved.Text("request.status"));
        Assert.Equal(["INVALID_TRANSITION"], refused.Codes("errors"));
        var now = (await api.GraphQLAsync(key, $$"""{ request(id: "{{created.Text("request.id")}}") { title status } }""")).Ok();
        Assert.Equal(("Shared drive full", "IN_PROGRESS"), (now.Text("data.request.title"), now.Text("data.request.status")));
        Assert.Equal(["INVALID_INPUT", "INVALID_INPUT"], newWithoutTitle.Codes("data.upsertRequestFromExternal.errors"));
    }

    [ApiFact]
    public async Task Parallel_upserts_of_one_record_create_one_request()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        var upsert = $$"""mutation { upsertRequestFromExternal(input: { system: SERVICENOW, externalId: "race-1", customerId: "{{Customer1}}", title: "Race" }) { created request { id } errors { code } } }""";

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => api.GraphQLAsync(key, upsert)));

        Assert.All(results, r => Assert.Empty(r.Ok().Codes("data.upsertRequestFromExternal.errors")));
        Assert.Single(results.Select(r => r.Text("data.upsertRequestFromExternal.request.id")).Distinct());
        Assert.Single(results, r => r.At("data.upsertRequestFromExternal.created").GetBoolean());
    }

    [ApiFact]
    public async Task Admin_manages_customers_and_staff_with_unique_emails()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);

        var staff = await api.GraphQLAsync(key, """mutation { createStaffMember(input: { name: "Ines Duarte", email: " Ines.Duarte@Example.com ", team: "Service Desk" }) { staffMember { id email } errors { code } } }""");
        var staffId = staff.Ok().Text("data.createStaffMember.staffMember.id");
        var customer = await api.GraphQLAsync(key, $$"""mutation { createCustomer(input: { name: "Victor Lam", email: "victor.lam@example.com", businessUnit: "Legal", preferredChannels: [CHAT, CHAT, EMAIL], usualContactIds: ["{{staffId}}"] }) { customer { id preferredChannels usualContacts { staffMember { name } } } errors { code } } }""");
        var customerId = customer.Ok().Text("data.createCustomer.customer.id");
        var duplicate = await api.GraphQLAsync(key, """mutation { createCustomer(input: { name: "Other", email: "VICTOR.LAM@example.com", businessUnit: "Legal" }) { errors { code field } } }""");
        var badEmail = await api.GraphQLAsync(key, """mutation { createStaffMember(input: { name: "X", email: "not-an-email", team: "T" }) { errors { code field } } }""");
        var updated = await api.GraphQLAsync(key, $$"""mutation { updateCustomer(input: { customerId: "{{customerId}}", businessUnit: "Finance", usualContactIds: [] }) { customer { name businessUnit usualContacts { staffMember { name } } } errors { code } } }""");
        var renamed = await api.GraphQLAsync(key, $$"""mutation { updateStaffMember(input: { staffMemberId: "{{staffId}}", team: "Security" }) { staffMember { name team } errors { code } } }""");

        Assert.Equal("ines.duarte@example.com", staff.Text("data.createStaffMember.staffMember.email"));
        Assert.Equal(["CHAT", "EMAIL"], customer.At("data.createCustomer.customer.preferredChannels").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Ines Duarte", customer.Text("data.createCustomer.customer.usualContacts.0.staffMember.name"));
        Assert.Equal(["ALREADY_EXISTS"], duplicate.Ok().Codes("data.createCustomer.errors"));
        Assert.Equal(["INVALID_INPUT"], badEmail.Ok().Codes("data.createStaffMember.errors"));
        Assert.Equal(("Victor Lam", "Finance", 0), (updated.Ok().Text("data.updateCustomer.customer.name"), updated.Text("data.updateCustomer.customer.businessUnit"), updated.At("data.updateCustomer.customer.usualContacts").GetArrayLength()));
        Assert.Equal(("Ines Duarte", "Security"), (renamed.Ok().Text("data.updateStaffMember.staffMember.name"), renamed.Text("data.updateStaffMember.staffMember.team")));
    }

    [ApiFact]
    public async Task Every_change_writes_its_event_in_the_same_transaction()
    {
        var (key, requestId) = await NewRequestAsync();
        var before = await EventCountAsync();

        await api.GraphQLAsync(key, $$"""mutation { logInteraction(input: { customerId: "{{Customer1}}", requestId: "{{requestId}}", channel: EMAIL, direction: INBOUND, kind: INTAKE, summary: "Asked" }) { errors { code } } }""");
        await api.GraphQLAsync(key, $$"""mutation { setExpectation(input: { requestId: "{{requestId}}", deliverable: "x", dueAt: "2030-01-01T00:00:00Z" }) { errors { code } } }""");
        await api.GraphQLAsync(key, $$"""mutation { recordRetrospective(input: { requestId: "{{requestId}}", wentWell: "ok" }) { errors { code } } }""");
        await api.GraphQLAsync(key, $$"""mutation { linkExternalReference(input: { requestId: "{{requestId}}", system: OTHER, externalId: "evt-1" }) { errors { code } } }""");
        await api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{requestId}}", status: TRIAGED }) { errors { code } } }""");

        await using var db = api.Database.CreateContext();
        var events = await db.Events.OrderBy(e => e.Sequence).Skip(before).ToListAsync();
        Assert.Equal(["InteractionLogged", "ExpectationStatusChanged", "RetrospectiveRecorded", "ExternalReferenceLinked", "RequestStatusChanged"], events.Select(e => e.Type.ToString()));
        Assert.All(events, e => Assert.Equal(1, e.CustomerId));
        Assert.All(events, e => Assert.True(e.EntityId > 0));
        Assert.Equal(events.Count, events.Select(e => e.Sequence).Distinct().Count());
    }
}
