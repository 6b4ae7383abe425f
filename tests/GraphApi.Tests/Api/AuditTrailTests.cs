using System.Text.Json;
using GraphApi.Audit;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Api;

/// <summary>Every mutation that changes something writes who, what and when with the change; admins read it as <c>auditLog</c>.</summary>
public class AuditTrailTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Entry = "id occurredAt mutation actorKind actorId actorName actorRole targets { entityType entityId change changedFields }";

    [ApiFact]
    public async Task A_mutation_records_its_caller_the_objects_and_fields_it_changed_and_when()
    {
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var staffKey = await KeyRowAsync(staff);
        var before = DateTime.UtcNow.AddSeconds(-1);

        var requestId = (await api.GraphQLAsync(staff, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 2)}}", title: "Audited" }) { request { id } errors { code } } }""")).Ok().Text("data.createRequest.request.id");
        (await api.GraphQLAsync(staff, $$"""mutation { changeRequestStatus(input: { requestId: "{{requestId}}", status: TRIAGED }) { errors { code } } }""")).Ok();
        var log = (await api.GraphQLAsync(admin, $$"""query($id: ID!) { auditLog(where: { targets: { some: { entityId: { eq: $id } } } }, order: [{ id: ASC }]) { totalCount nodes { {{Entry}} } } }""", new { id = requestId })).Ok();

        Assert.Equal(2, log.At("data.auditLog.totalCount").GetInt32());
        var created = log.At("data.auditLog.nodes.0");
        var changed = log.At("data.auditLog.nodes.1");
        Assert.Equal("createRequest", created.Text("mutation"));
        Assert.Equal("changeRequestStatus", changed.Text("mutation"));
        foreach (var entry in new[] { created, changed })
        {
            Assert.Equal("API_KEY", entry.Text("actorKind"));
            Assert.Equal(staffKey.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Text("actorId"));
            Assert.Equal(staffKey.Name, entry.Text("actorName"));
            Assert.Equal("staff", entry.Text("actorRole"));
            Assert.InRange(entry.At("occurredAt").GetDateTime().ToUniversalTime(), before, DateTime.UtcNow.AddSeconds(1));
        }

        var createdTarget = Assert.Single(created.At("targets").EnumerateArray());
        Assert.Equal("Request", createdTarget.Text("entityType"));
        Assert.Equal(requestId, createdTarget.Text("entityId"));
        Assert.Equal("CREATED", createdTarget.Text("change"));
        Assert.Contains("title", Fields(createdTarget));
        Assert.Contains("number", Fields(createdTarget));
        Assert.Contains("customerId", Fields(createdTarget));
        var changedTarget = Assert.Single(changed.At("targets").EnumerateArray());
        Assert.Equal("UPDATED", changedTarget.Text("change"));
        Assert.Contains("status", Fields(changedTarget));
        Assert.DoesNotContain("title", Fields(changedTarget));
    }

    [ApiFact]
    public async Task A_mutation_that_changes_several_objects_lists_each_and_rows_without_an_id_by_their_keys()
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var email = $"audit-{Guid.NewGuid():N}@example.com";

        var customerId = (await api.GraphQLAsync(admin, $$"""mutation { createCustomer(input: { name: "Audit", email: "{{email}}", businessUnit: "Finance", usualContactIds: ["{{ApiFactory.Id("StaffMember", 1)}}", "{{ApiFactory.Id("StaffMember", 2)}}"] }) { customer { id } errors { code } } }""")).Ok().Text("data.createCustomer.customer.id");
        var log = (await api.GraphQLAsync(admin, $$"""query($id: ID!) { auditLog(first: 1, where: { mutation: { eq: "createCustomer" }, targets: { some: { entityId: { eq: $id } } } }) { nodes { {{Entry}} } } }""", new { id = customerId })).Ok();

        var targets = log.At("data.auditLog.nodes.0.targets").EnumerateArray().ToList();
        Assert.Contains(targets, t => t.Text("entityType") == "Customer" && t.Text("entityId") == customerId && t.Text("change") == "CREATED" && Fields(t).Contains("email"));
        Assert.Equal(2, targets.Count(t => t.Text("entityType") == "UsualContact" && t.Text("change") == "CREATED" && t.Text("entityId").StartsWith("customerId:", StringComparison.Ordinal)));
    }

    [ApiFact]
    public async Task A_refused_or_rolled_back_mutation_writes_no_entry()
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        await using var db = api.Database.CreateContext();
        var existingEmail = await db.Customers.Select(c => c.Email).FirstAsync();
        var before = await db.AuditEntries.CountAsync();

        var invalid = await api.GraphQLAsync(admin, """mutation { changeRequestStatus(input: { requestId: "UmVxdWVzdDo5OTk5OTk=", status: TRIAGED }) { errors { code } } }""");
        var duplicate = await api.GraphQLAsync(admin, $$"""mutation { createCustomer(input: { name: "Twin", email: "{{existingEmail}}", businessUnit: "Finance" }) { errors { code } } }""");

        Assert.Equal(["NOT_FOUND"], invalid.Ok().Codes("data.changeRequestStatus.errors"));
        Assert.Equal(["ALREADY_EXISTS"], duplicate.Ok().Codes("data.createCustomer.errors"));
        await using var after = api.Database.CreateContext();
        Assert.Equal(before, await after.AuditEntries.CountAsync());
        Assert.False(await after.Customers.AnyAsync(c => c.Name == "Twin"));
    }

    [ApiFact]
    public async Task Every_audit_entry_commits_with_its_change()
    {
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var requestId = (await api.GraphQLAsync(staff, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 3)}}", title: "Pairs" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");
        foreach (var status in new[] { "TRIAGED", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "IN_PROGRESS" })
        {
            (await api.GraphQLAsync(staff, $$"""mutation { changeRequestStatus(input: { requestId: "{{requestId}}", status: {{status}} }) { errors { code } } }""")).Ok();
        }

        await using var db = api.Database.CreateContext();
        var statusEntries = await db.AuditEntries.Where(e => e.Mutation == "changeRequestStatus" && e.Targets.Any(t => t.EntityId == requestId)).CountAsync();
        var statusEvents = await db.Events.Where(e => e.EntityType == "Request" && e.EntityId == GraphApi.Api.GlobalId.Decode(requestId, "Request") && e.Type == GraphApi.Events.EventType.RequestStatusChanged).CountAsync();
        Assert.Equal(4, statusEntries);
        Assert.Equal(statusEvents, statusEntries);
    }

    [ApiFact]
    public async Task The_log_pages_with_cursors_and_filters_by_actor_and_time()
    {
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var staffKey = await KeyRowAsync(staff);
        for (var i = 0; i < 3; i++)
        {
            (await api.GraphQLAsync(staff, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 4)}}", title: "Page {{i}}" }) { errors { code } } }""")).Ok();
        }

        const string page = """query($actor: String!, $after: String, $since: DateTime!) { auditLog(first: 2, after: $after, where: { actorId: { eq: $actor }, occurredAt: { gte: $since } }) { totalCount pageInfo { hasNextPage endCursor } nodes { mutation actorName } } }""";
        var since = DateTime.UtcNow.AddMinutes(-5);
        var first = (await api.GraphQLAsync(admin, page, new { actor = staffKey.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), after = (string?)null, since })).Ok();
        var second = (await api.GraphQLAsync(admin, page, new { actor = staffKey.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), after = first.Text("data.auditLog.pageInfo.endCursor"), since })).Ok();

        Assert.Equal(3, first.At("data.auditLog.totalCount").GetInt32());
        Assert.True(first.At("data.auditLog.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(2, first.At("data.auditLog.nodes").GetArrayLength());
        Assert.False(second.At("data.auditLog.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(1, second.At("data.auditLog.nodes").GetArrayLength());
        Assert.All(first.At("data.auditLog.nodes").EnumerateArray().Concat(second.At("data.auditLog.nodes").EnumerateArray()), n => Assert.Equal(staffKey.Name, n.Text("actorName")));
    }

    [ApiTheory]
    [InlineData(ApiKeyRole.Staff)]
    [InlineData(ApiKeyRole.Connector)]
    [InlineData(ApiKeyRole.Customer)]
    public async Task Only_admin_keys_read_the_log(ApiKeyRole role)
    {
        var key = await api.KeyAsync(role, role == ApiKeyRole.Customer ? 1 : null);

        var result = await api.GraphQLAsync(key, "{ auditLog(first: 1) { totalCount } }");

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], result.Codes());
        Assert.Equal(JsonValueKind.Null, result.At("data").ValueKind);
    }

    private static string[] Fields(JsonElement target) => target.At("changedFields").EnumerateArray().Select(f => f.GetString()!).ToArray();

    private async Task<ApiKey> KeyRowAsync(string key)
    {
        await using var db = api.Database.CreateContext();
        var hash = ApiKeyGenerator.Hash(key);
        return await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Hash == hash);
    }
}
