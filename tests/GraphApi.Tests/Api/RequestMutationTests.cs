using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Api;

public class RequestMutationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string RequestFields = "request { id number title status version priority businessImpact owner { name } customer { id } firstResponseAt resolvedAt closedAt } errors { code message field }";

    private async Task<(string Key, string Id)> NewRequestAsync()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var created = await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 2)}}", title: "Headset", businessImpact: "Calls drop" }) { {{RequestFields}} } }""");
        return (key, created.Ok().Text("data.createRequest.request.id"));
    }

    private Task<System.Text.Json.JsonElement> ChangeAsync(string key, string id, string status, int? expectedVersion = null) =>
        api.GraphQLAsync(key, $$"""mutation($v: Int) { changeRequestStatus(input: { requestId: "{{id}}", status: {{status}}, expectedVersion: $v, note: "test" }) { {{RequestFields}} } }""", new { v = expectedVersion });

    [ApiFact]
    public async Task CreateRequest_numbers_the_request_and_trims_its_text()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);

        var result = await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 2)}}", title: "  New laptop  ", businessImpact: " ", priority: HIGH, ownerId: "{{ApiFactory.Id("StaffMember", 1)}}" }) { {{RequestFields}} } }""");

        var request = result.Ok().At("data.createRequest.request");
        Assert.Matches("^REQ-\\d{6}$", request.Text("number"));
        Assert.Equal("New laptop", request.Text("title"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, request.At("businessImpact").ValueKind);
        Assert.Equal(("NEW", "HIGH", 1, "Alex Morgan"), (request.Text("status"), request.Text("priority"), request.At("version").GetInt32(), request.Text("owner.name")));
        Assert.Empty(result.At("data.createRequest.errors").EnumerateArray());
    }

    [ApiFact]
    public async Task CreateRequest_reports_every_input_error_and_writes_nothing()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        await using var before = api.Database.CreateContext();
        var count = await before.Requests.CountAsync();

        var result = await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Request", 1)}}", title: "   ", description: "{{new string('x', 10_001)}}", ownerId: "{{ApiFactory.Id("StaffMember", 999)}}" }) { {{RequestFields}} } }""");

        var errors = result.Ok().At("data.createRequest.errors").EnumerateArray().Select(e => (e.Text("code"), e.Text("field"))).ToArray();
        Assert.Equal([("INVALID_ID", "input.customerId"), ("INVALID_INPUT", "input.title"), ("INVALID_INPUT", "input.description"), ("NOT_FOUND", "input.ownerId")], errors);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.At("data.createRequest.request").ValueKind);
        await using var after = api.Database.CreateContext();
        Assert.Equal(count, await after.Requests.CountAsync());
    }

    [ApiFact]
    public async Task The_life_cycle_allows_its_transitions_and_records_each_as_an_event()
    {
        var (key, id) = await NewRequestAsync();
        var path = new[] { "TRIAGED", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "IN_PROGRESS", "RESOLVED", "IN_PROGRESS", "RESOLVED", "CLOSED" };

        var version = 1;
        foreach (var status in path)
        {
            var result = await ChangeAsync(key, id, status, version);
            var request = result.Ok().At("data.changeRequestStatus.request");
            Assert.Equal(status, request.Text("status"));
            Assert.Equal(++version, request.At("version").GetInt32());
        }

        var final = (await ChangeAsync(key, id, "CLOSED")).At("data.changeRequestStatus");
        Assert.Equal(["INVALID_TRANSITION"], final.Codes("errors"));
        await using var db = api.Database.CreateContext();
        var requestId = int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(id)).Split(':')[1]);
        var events = await db.Events.Where(e => e.RequestId == requestId && e.Type == GraphApi.Events.EventType.RequestStatusChanged).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(path, events.Select(e => e.Status));
        Assert.Equal(["NEW", .. path[..^1]], events.Select(e => e.PreviousStatus));
        Assert.All(events, e => Assert.Equal(("test", "staff"), (e.Note, e.Actor.Split(':')[0])));
        var closed = await db.Requests.SingleAsync(r => r.Id == requestId);
        Assert.NotNull(closed.FirstResponseAt);
        Assert.NotNull(closed.ResolvedAt);
        Assert.NotNull(closed.ClosedAt);
    }

    [ApiTheory]
    [InlineData("RESOLVED")]
    [InlineData("CLOSED")]
    [InlineData("WAITING_ON_CUSTOMER")]
    [InlineData("IN_PROGRESS")]
    [InlineData("NEW")]
    public async Task Refused_transitions_from_NEW_change_nothing(string status)
    {
        var (key, id) = await NewRequestAsync();

        var result = await ChangeAsync(key, id, status);

        var payload = result.Ok().At("data.changeRequestStatus");
        Assert.Equal(["INVALID_TRANSITION"], payload.Codes("errors"));
        Assert.Contains("from NEW it can move to TRIAGED or DECLINED", payload.Text("errors.0.message"), StringComparison.Ordinal);
        var now = await api.GraphQLAsync(key, $$"""{ request(id: "{{id}}") { status version } }""");
        Assert.Equal(("NEW", 1), (now.Text("data.request.status"), now.At("data.request.version").GetInt32()));
    }

    [ApiFact]
    public async Task Declined_is_reachable_from_NEW_and_TRIAGED_only()
    {
        var (key, fromNew) = await NewRequestAsync();
        var (_, fromTriaged) = await NewRequestAsync();
        var (_, fromInProgress) = await NewRequestAsync();
        await ChangeAsync(key, fromTriaged, "TRIAGED");
        await ChangeAsync(key, fromInProgress, "TRIAGED");
        await ChangeAsync(key, fromInProgress, "IN_PROGRESS");

        Assert.Equal("DECLINED", (await ChangeAsync(key, fromNew, "DECLINED")).Text("data.changeRequestStatus.request.status"));
        Assert.Equal("DECLINED", (await ChangeAsync(key, fromTriaged, "DECLINED")).Text("data.changeRequestStatus.request.status"));
        Assert.Equal(["INVALID_TRANSITION"], (await ChangeAsync(key, fromInProgress, "DECLINED")).Codes("data.changeRequestStatus.errors"));
    }

    [ApiFact]
    public async Task A_stale_expectedVersion_is_CONCURRENT_UPDATE_and_changes_nothing()
    {
        var (key, id) = await NewRequestAsync();
        await ChangeAsync(key, id, "TRIAGED", 1);

        var stale = await ChangeAsync(key, id, "IN_PROGRESS", 1);
        var update = await api.GraphQLAsync(key, $$"""mutation { updateRequest(input: { requestId: "{{id}}", expectedVersion: 1, title: "Other" }) { {{RequestFields}} } }""");

        Assert.Equal(["CONCURRENT_UPDATE"], stale.Ok().Codes("data.changeRequestStatus.errors"));
        Assert.Equal(["CONCURRENT_UPDATE"], update.Ok().Codes("data.updateRequest.errors"));
        var now = await api.GraphQLAsync(key, $$"""{ request(id: "{{id}}") { status version title } }""");
        Assert.Equal(("TRIAGED", 2, "Headset"), (now.Text("data.request.status"), now.At("data.request.version").GetInt32(), now.Text("data.request.title")));
    }

    [ApiFact]
    public async Task Parallel_changes_with_the_same_version_let_exactly_one_win()
    {
        var (key, id) = await NewRequestAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ChangeAsync(key, id, "TRIAGED", 1)));

        var codes = results.Select(r => r.Ok().Codes("data.changeRequestStatus.errors").SingleOrDefault()).ToList();
        Assert.Single(codes, code => code is null);
        Assert.All(codes.Where(code => code is not null), code => Assert.True(code is "CONCURRENT_UPDATE" or "INVALID_TRANSITION", code));
    }

    [ApiFact]
    public async Task UpdateRequest_changes_only_the_fields_given()
    {
        var (key, id) = await NewRequestAsync();

        var result = await api.GraphQLAsync(key, $$"""mutation { updateRequest(input: { requestId: "{{id}}", expectedVersion: 1, priority: CRITICAL, knowledgeLink: "https://kb.example.com/headsets" }) { request { title priority version knowledgeLink businessImpact } errors { code } } }""");
        var badLink = await api.GraphQLAsync(key, $$"""mutation { updateRequest(input: { requestId: "{{id}}", knowledgeLink: "kb/headsets" }) { errors { code field } } }""");
        var unknown = await api.GraphQLAsync(key, $$"""mutation { updateRequest(input: { requestId: "{{ApiFactory.Id("Request", 99999)}}", title: "x" }) { errors { code field } } }""");

        var request = result.Ok().At("data.updateRequest.request");
        Assert.Equal(("Headset", "CRITICAL", 2, "Calls drop"), (request.Text("title"), request.Text("priority"), request.At("version").GetInt32(), request.Text("businessImpact")));
        Assert.Equal(["INVALID_INPUT"], badLink.Ok().Codes("data.updateRequest.errors"));
        Assert.Equal(["NOT_FOUND"], unknown.Ok().Codes("data.updateRequest.errors"));
    }

    [ApiFact]
    public async Task DecideRequest_records_who_decided_and_needs_a_link_for_ALREADY_AVAILABLE()
    {
        var (key, id) = await NewRequestAsync();
        var staff = ApiFactory.Id("StaffMember", 2);

        var missingLink = await api.GraphQLAsync(key, $$"""mutation { decideRequest(input: { requestId: "{{id}}", decision: ALREADY_AVAILABLE, rationale: "Self-service exists", decidedById: "{{staff}}" }) { errors { code field } } }""");
        var decided = await api.GraphQLAsync(key, $$"""mutation { decideRequest(input: { requestId: "{{id}}", decision: ALREADY_AVAILABLE, rationale: "Self-service exists", decidedById: "{{staff}}", knowledgeLink: "https://kb.example.com/headset" }) { request { decision decisionRationale knowledgeLink decidedBy { name } } errors { code } } }""");

        Assert.Equal(["INVALID_INPUT"], missingLink.Ok().Codes("data.decideRequest.errors"));
        var request = decided.Ok().At("data.decideRequest.request");
        Assert.Equal(("ALREADY_AVAILABLE", "Priya Nair", "https://kb.example.com/headset"), (request.Text("decision"), request.Text("decidedBy.name"), request.Text("knowledgeLink")));
    }

    [ApiFact]
    public async Task Requests_are_found_by_number_and_by_external_reference()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);

        var byNumber = await api.GraphQLAsync(key, """{ requestByNumber(number: "REQ-000007") { number } missing: requestByNumber(number: "REQ-999999") { number } }""");
        var reference = (await api.GraphQLAsync(key, """{ requests(first: 1, where: { externalReferences: { some: { system: { eq: SERVICENOW } } } }) { nodes { number externalReferences { system externalId } } } }""")).Ok();
        var externalId = reference.Text("data.requests.nodes.0.externalReferences.0.externalId");
        var byReference = await api.GraphQLAsync(key, $$"""{ requestByExternalReference(system: SERVICENOW, externalId: "{{externalId}}") { number } }""");

        Assert.Equal("REQ-000007", byNumber.Ok().Text("data.requestByNumber.number"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, byNumber.At("data.missing").ValueKind);
        Assert.Equal(reference.Text("data.requests.nodes.0.number"), byReference.Ok().Text("data.requestByExternalReference.number"));
    }
}
