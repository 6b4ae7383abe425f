using GraphApi.Api;
using GraphApi.GraphQL.Types;
using GraphApi.Security;

namespace GraphApi.Tests.Api;

/// <summary>Ids filter as the API spells them, requests list their retrospectives, and participants keep their order.</summary>
public class DomainFieldTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Every_filterable_id_is_a_global_ID()
    {
        var filters = GraphApiSchema.Build().Types.Values.OfType<InputObjectType>().Where(t => t.Name.EndsWith("FilterInput", StringComparison.Ordinal) && t.Fields.Find("id") is not null).ToList();

        Assert.Contains(filters, t => t.Name == "ExpectationFilterInput");
        Assert.Contains(filters, t => t.Name == "ExternalReferenceFilterInput");
        Assert.All(filters, t => Assert.Equal("IDOperationFilterInput", t.Fields.Find("id")!.Type.GetNamedType().Name));
    }

    [ApiFact]
    public async Task Expectations_and_external_references_filter_on_their_global_ids()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        var expectation = ApiFactory.Id("Expectation", 5);
        var reference = (await api.GraphQLAsync(key, "{ requests(first: 1, where: { externalReferences: { any: true } }) { nodes { externalReferences { id } } } }")).Ok().Text("data.requests.nodes.0.externalReferences.0.id");

        var byExpectation = await api.GraphQLAsync(key, $$"""{ expectations(first: 5, where: { id: { eq: "{{expectation}}" } }) { nodes { id } } requests(first: 5, where: { expectations: { some: { id: { in: ["{{expectation}}"] } } } }) { totalCount } }""");
        var byReference = await api.GraphQLAsync(key, $$"""{ requests(first: 5, where: { externalReferences: { some: { id: { eq: "{{reference}}" } } } }) { nodes { externalReferences { id } } } }""");
        var wrongType = await api.GraphQLAsync(key, $$"""{ expectations(first: 5, where: { id: { eq: "{{ApiFactory.Id("Request", 5)}}" } }) { totalCount } }""");

        Assert.Equal([expectation], byExpectation.Ok().At("data.expectations.nodes").EnumerateArray().Select(n => n.Text("id")));
        Assert.Equal(1, byExpectation.At("data.requests.totalCount").GetInt32());
        Assert.Contains(reference, byReference.Ok().At("data.requests.nodes.0.externalReferences").EnumerateArray().Select(n => n.Text("id")));
        Assert.Equal(["INVALID_ID"], wrongType.Codes());
    }

    [ApiFact]
    public async Task A_request_pages_its_retrospectives_like_its_interactions()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        var id = (await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 9)}}", title: "Shared drive" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");
        foreach (var (when, note) in new[] { ("2026-01-02T00:00:00Z", "second"), ("2026-01-01T00:00:00Z", "first"), ("2026-01-03T00:00:00Z", "third") })
        {
            (await api.GraphQLAsync(key, $$"""mutation { recordRetrospective(input: { requestId: "{{id}}", heldAt: "{{when}}", wentWell: "{{note}}" }) { errors { code } } }""")).Ok();
        }

        var page = await api.GraphQLAsync(key, $$"""{ request(id: "{{id}}") { retrospectives(first: 2, order: [{ heldAt: ASC }]) { totalCount nodes { wentWell } pageInfo { hasNextPage endCursor } } } }""");
        var retrospectives = page.Ok().At("data.request.retrospectives");
        var next = await api.GraphQLAsync(key, $$"""{ request(id: "{{id}}") { retrospectives(first: 2, after: "{{retrospectives.Text("pageInfo.endCursor")}}", order: [{ heldAt: ASC }]) { nodes { wentWell } } } }""");
        var filtered = await api.GraphQLAsync(key, $$"""{ requests(first: 5, where: { retrospectives: { some: { wentWell: { eq: "third" } } } }) { nodes { id } } }""");

        Assert.Equal(3, retrospectives.At("totalCount").GetInt32());
        Assert.Equal(["first", "second"], retrospectives.At("nodes").EnumerateArray().Select(n => n.Text("wentWell")));
        Assert.True(retrospectives.At("pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(["third"], next.Ok().At("data.request.retrospectives.nodes").EnumerateArray().Select(n => n.Text("wentWell")));
        Assert.Contains(id, filtered.Ok().At("data.requests.nodes").EnumerateArray().Select(n => n.Text("id")));
    }

    [ApiFact]
    public async Task Interaction_participants_keep_the_order_given()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        int[] order = [7, 2, 9, 1];
        var participants = string.Join(", ", order.Select((staff, i) => $$"""{ staffMemberId: "{{ApiFactory.Id("StaffMember", staff)}}", role: {{(i == 0 ? "LEAD" : "LISTENER")}} }"""));

        var logged = await api.GraphQLAsync(key, $$"""mutation { logInteraction(input: { customerId: "{{ApiFactory.Id("Customer", 10)}}", channel: MEETING, direction: INBOUND, kind: FEEDBACK, summary: "Quarterly review", participants: [{{participants}}] }) { interaction { id participants { staffMember { id } } } errors { code } } }""");
        var id = logged.Ok().Text("data.logInteraction.interaction.id");
        var read = await api.GraphQLAsync(key, $$"""{ node(id: "{{id}}") { ... on Interaction { participants { staffMember { id } } } } interactions(first: 1, where: { id: { eq: "{{id}}" } }) { nodes { participants { role staffMember { id } } } } }""");

        var expected = order.Select(staff => ApiFactory.Id("StaffMember", staff)).ToArray();
        Assert.Equal(expected, logged.At("data.logInteraction.interaction.participants").EnumerateArray().Select(p => p.Text("staffMember.id")));
        Assert.Equal(expected, read.Ok().At("data.node.participants").EnumerateArray().Select(p => p.Text("staffMember.id")));
        Assert.Equal(expected, read.At("data.interactions.nodes.0.participants").EnumerateArray().Select(p => p.Text("staffMember.id")));
    }
}
