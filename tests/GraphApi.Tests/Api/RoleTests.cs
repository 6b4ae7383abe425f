using GraphApi.Security;

namespace GraphApi.Tests.Api;

public class RoleTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string CreateCustomer = """mutation { createCustomer(input: { name: "N", email: "n@example.com", businessUnit: "Finance" }) { errors { code } } }""";

    [ApiTheory]
    [InlineData(ApiKeyRole.Staff)]
    [InlineData(ApiKeyRole.Connector)]
    [InlineData(ApiKeyRole.Customer)]
    public async Task Only_admin_manages_customers(ApiKeyRole role)
    {
        var key = await api.KeyAsync(role, role == ApiKeyRole.Customer ? 1 : null);

        var result = await api.GraphQLAsync(key, CreateCustomer);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], result.Codes());
        Assert.Equal("createCustomer", result.At("errors.0.path.0").GetString());
    }

    [ApiFact]
    public async Task A_connector_upserts_and_changes_status_but_does_not_edit_requests()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        var request = ApiFactory.Id("Request", 1);

        var update = await api.GraphQLAsync(key, $$"""mutation { updateRequest(input: { requestId: "{{request}}", title: "x" }) { errors { code } } }""");
        var upsert = await api.GraphQLAsync(key, $$"""mutation { upsertRequestFromExternal(input: { system: JIRA, externalId: "ROLE-1", title: "From Jira", customerId: "{{ApiFactory.Id("Customer", 1)}}" }) { created errors { code } } }""");

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], update.Codes());
        Assert.True(upsert.Ok().At("data.upsertRequestFromExternal.created").GetBoolean());
    }

    [ApiFact]
    public async Task Staff_changes_requests_but_does_not_upsert_from_external_systems()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);

        var upsert = await api.GraphQLAsync(key, """mutation { upsertRequestFromExternal(input: { system: JIRA, externalId: "ROLE-2" }) { errors { code } } }""");
        var decide = await api.GraphQLAsync(key, $$"""mutation { decideRequest(input: { requestId: "{{ApiFactory.Id("Request", 2)}}", decision: DEFERRED, rationale: "Next quarter", decidedById: "{{ApiFactory.Id("StaffMember", 1)}}" }) { request { decision decidedBy { id } } errors { code } } }""");

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], upsert.Codes());
        Assert.Equal("DEFERRED", decide.Ok().Text("data.decideRequest.request.decision"));
    }

    [ApiFact]
    public async Task A_customer_sees_only_its_own_data_through_every_path()
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var customer = await api.KeyAsync(ApiKeyRole.Customer, 1);
        const string lists = """
            {
              customers(first: 100) { totalCount nodes { id } }
              requests(first: 100) { totalCount nodes { customer { id } interactions(first: 100) { nodes { customer { id } } } expectations { request { customer { id } } } } }
              interactions(first: 100) { totalCount nodes { customer { id } } }
              expectations(first: 100) { totalCount nodes { request { customer { id } } } }
              retrospectives(first: 100) { totalCount nodes { request { customer { id } } } }
            }
            """;

        var all = (await api.GraphQLAsync(admin, lists)).Ok();
        var own = (await api.GraphQLAsync(customer, lists)).Ok();

        var me = ApiFactory.Id("Customer", 1);
        Assert.Equal(20, all.At("data.customers.totalCount").GetInt32());
        Assert.Equal(1, own.At("data.customers.totalCount").GetInt32());
        foreach (var list in new[] { "requests", "interactions", "expectations", "retrospectives" })
        {
            Assert.InRange(own.At($"data.{list}.totalCount").GetInt32(), 1, all.At($"data.{list}.totalCount").GetInt32() - 1);
        }

        var ids = own.ToString().Split("\"id\":\"").Skip(1).Select(s => s[..s.IndexOf('"')]).Distinct().ToArray();
        Assert.Equal([me], ids);

        var foreignRequestId = (await api.GraphQLAsync(admin, """{ requests(first: 1, where: { customer: { id: { neq: "Q3VzdG9tZXI6MQ==" } } }) { nodes { id } } }""")).Ok().Text("data.requests.nodes.0.id");
        var direct = (await api.GraphQLAsync(customer, $$"""{ node(id: "{{foreignRequestId}}") { id } request(id: "{{foreignRequestId}}") { id } nodes(ids: ["{{ApiFactory.Id("Customer", 2)}}"]) { id } }""")).Ok();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, direct.At("data.node").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, direct.At("data.request").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, direct.At("data.nodes.0").ValueKind);
    }

    [ApiFact]
    public async Task A_customer_raises_requests_only_for_itself()
    {
        var customer = await api.KeyAsync(ApiKeyRole.Customer, 4);

        var own = await api.GraphQLAsync(customer, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 4)}}", title: "Need a headset" }) { request { status customer { id } } errors { code } } }""");
        var other = await api.GraphQLAsync(customer, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 5)}}", title: "Not mine" }) { request { id } errors { code field } } }""");
        var nobody = await api.GraphQLAsync(customer, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 9999)}}", title: "Not mine" }) { request { id } errors { code field } } }""");
        var status = await api.GraphQLAsync(customer, $$"""mutation { changeRequestStatus(input: { requestId: "{{ApiFactory.Id("Request", 1)}}", status: TRIAGED }) { errors { code } } }""");

        Assert.Equal("NEW", own.Ok().Text("data.createRequest.request.status"));
        // Refused alike whether the other customer exists or not: the answer reveals nothing about other customers.
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], other.Codes());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], nobody.Codes());
        Assert.Equal(other.Text("errors.0.message"), nobody.Text("errors.0.message"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, other.At("data").ValueKind);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], status.Codes());
    }
}
