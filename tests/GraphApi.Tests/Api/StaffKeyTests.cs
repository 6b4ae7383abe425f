using GraphApi.Security;

namespace GraphApi.Tests.Api;

/// <summary>Staff are people, not key names: a key bound to a staff member decides, takes part and acts as that person.</summary>
public class StaffKeyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string Sam = ApiFactory.Id("StaffMember", 3);

    [ApiFact]
    public async Task Decisions_interactions_and_events_default_to_the_bound_staff_member()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff, staffMemberId: 3);
        var head = await api.HeadCursorAsync();
        var id = (await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 2)}}", title: "Docking station" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");

        var decided = await api.GraphQLAsync(key, $$"""mutation { decideRequest(input: { requestId: "{{id}}", decision: DEFERRED, rationale: "Next budget" }) { request { decidedBy { id name } } errors { code } } }""");
        var logged = await api.GraphQLAsync(key, $$"""mutation { logInteraction(input: { customerId: "{{ApiFactory.Id("Customer", 2)}}", requestId: "{{id}}", channel: CHAT, direction: OUTBOUND, kind: STATUS_UPDATE, summary: "Budget is next month" }) { interaction { participants { role staffMember { id } } } errors { code } } }""");
        var events = await api.GraphQLAsync(key, $$"""{ events(first: 500, after: "{{head}}", types: [REQUEST_CREATED, REQUEST_DECIDED, INTERACTION_LOGGED]) { nodes { type actor actorStaffMember { id } request { id } } } }""");

        Assert.Equal(Sam, decided.Ok().Text("data.decideRequest.request.decidedBy.id"));
        var participant = logged.Ok().At("data.logInteraction.interaction.participants").EnumerateArray().Single();
        Assert.Equal(("LEAD", Sam), (participant.Text("role"), participant.Text("staffMember.id")));
        var mine = events.Ok().At("data.events.nodes").EnumerateArray().Where(e => e.Text("request.id") == id).ToList();
        Assert.Equal(["REQUEST_CREATED", "REQUEST_DECIDED", "INTERACTION_LOGGED"], mine.Select(e => e.Text("type")));
        Assert.All(mine, e => Assert.Equal((Sam, Sam), (e.Text("actor"), e.Text("actorStaffMember.id"))));
    }

    [ApiFact]
    public async Task An_unbound_key_must_say_who_decided_and_acts_under_its_name()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var head = await api.HeadCursorAsync();
        var id = (await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 2)}}", title: "Webcam" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");

        var decided = await api.GraphQLAsync(key, $$"""mutation { decideRequest(input: { requestId: "{{id}}", decision: DEFERRED, rationale: "Later" }) { request { id } errors { code field message } } }""");
        var events = await api.GraphQLAsync(key, $$"""{ events(first: 500, after: "{{head}}", types: [REQUEST_CREATED]) { nodes { actor actorStaffMember { id } request { id } } } }""");

        Assert.Equal([("INVALID_INPUT", "input.decidedById")], decided.Ok().At("data.decideRequest.errors").EnumerateArray().Select(e => (e.Text("code"), e.Text("field"))));
        Assert.Contains("keys create --staff", decided.Text("data.decideRequest.errors.0.message"), StringComparison.Ordinal);
        var created = events.Ok().At("data.events.nodes").EnumerateArray().Single(e => e.Text("request.id") == id);
        Assert.StartsWith("staff:Staff-", created.Text("actor"), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.At("actorStaffMember").ValueKind);
    }

    [ApiFact]
    public async Task An_explicit_decider_wins_over_the_bound_one()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff, staffMemberId: 3);
        var id = (await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 2)}}", title: "Monitor arm" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");

        var decided = await api.GraphQLAsync(key, $$"""mutation { decideRequest(input: { requestId: "{{id}}", decision: ACCEPTED, rationale: "Ergonomics", decidedById: "{{ApiFactory.Id("StaffMember", 4)}}" }) { request { decidedBy { id } } errors { code } } }""");

        Assert.Equal(ApiFactory.Id("StaffMember", 4), decided.Ok().Text("data.decideRequest.request.decidedBy.id"));
    }
}
