using System.Text.Json;
using GraphApi.GraphQL.Tests.Compliance;
using GraphApi.Security;

namespace GraphApi.Tests.Api;

/// <summary>Connectors' guarantees, checked with the graphql-ws npm client over a real socket.</summary>
public class ConnectorTests(KestrelApiFactory api) : IClassFixture<KestrelApiFactory>
{
    [ApiFact]
    public async Task A_resubscribing_connector_receives_exactly_the_changes_it_missed_in_order()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var created = await api.GraphQLAsync(admin, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 1)}}", title: "Resume" }) { request { id } } }""");
        var requestId = created.Ok().Text("data.createRequest.request.id");
        var url = api.Endpoint.ToString();

        var result = await NodeOracle.RunAsync<JsonElement>("connector-resume.mjs", new { url, key, requestId, statuses = new[] { "TRIAGED", "IN_PROGRESS", "WAITING_ON_CUSTOMER" } });

        var first = result.At("first.0");
        Assert.Equal(("REQUEST_STATUS_CHANGED", "NEW", "TRIAGED", requestId), (first.Text("type"), first.Text("previousStatus"), first.Text("status"), first.Text("request.id")));
        var resumed = result.GetProperty("resumed").EnumerateArray().ToList();
        Assert.Equal([("TRIAGED", "IN_PROGRESS"), ("IN_PROGRESS", "WAITING_ON_CUSTOMER")], resumed.Select(e => (e.Text("previousStatus"), e.Text("status"))));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("extra").ValueKind);
        Assert.Equal(3, new[] { first.Text("id"), resumed[0].Text("id"), resumed[1].Text("id") }.Distinct().Count());
        Assert.Equal("WAITING_ON_CUSTOMER", resumed[1].Text("request.status"));
    }
}
