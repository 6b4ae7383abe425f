using System.Text.Json;
using GraphApi.Security;

namespace GraphApi.Tests.Api;

/// <summary>
/// What is internal to IT stays internal: a retrospective's IT perspective, an interaction's internal note, a decision
/// rationale marked internal and the flag itself. Customer keys read null, may not filter or sort on them, and events do not name them.
/// </summary>
public class InternalFieldTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const int CustomerId = 8;

    private async Task<(string Staff, string Customer, string RequestId, string Head)> StoryAsync(bool internalRationale)
    {
        var head = await api.HeadCursorAsync();
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var customer = await api.KeyAsync(ApiKeyRole.Customer, CustomerId);
        var me = ApiFactory.Id("Customer", CustomerId);
        var id = (await api.GraphQLAsync(customer, $$"""mutation { createRequest(input: { customerId: "{{me}}", title: "Laptop fan loud" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");
        (await api.GraphQLAsync(staff, $$"""mutation { decideRequest(input: { requestId: "{{id}}", decision: ACCEPTED, rationale: "Vendor owes us one", rationaleInternal: {{(internalRationale ? "true" : "false")}}, decidedById: "{{ApiFactory.Id("StaffMember", 1)}}" }) { errors { code } } }""")).Ok();
        (await api.GraphQLAsync(staff, $$"""mutation { logInteraction(input: { customerId: "{{me}}", requestId: "{{id}}", channel: PHONE, direction: OUTBOUND, kind: CLARIFICATION, summary: "Asked when it is loud", internalNote: "Third fan this year: escalate to the vendor" }) { errors { code } } }""")).Ok();
        (await api.GraphQLAsync(staff, $$"""mutation { recordRetrospective(input: { requestId: "{{id}}", wentWell: "Fast answer", itPerspective: "Regression we should have caught" }) { errors { code } } }""")).Ok();
        return (staff, customer, id, head);
    }

    [ApiFact]
    public async Task A_customer_key_reads_internal_fields_as_null_on_every_path()
    {
        var (staff, customer, id, head) = await StoryAsync(internalRationale: true);
        var query = $$"""
            {
              request(id: "{{id}}") {
                decisionRationale decisionRationaleInternal
                interactions(first: 10) { nodes { summary internalNote } }
                retrospectives(first: 10) { nodes { wentWell itPerspective } }
              }
              node(id: "{{id}}") { ... on Request { decisionRationale } }
              requests(first: 1, where: { id: { eq: "{{id}}" } }) { nodes { decisionRationale retrospectives(first: 1) { nodes { itPerspective } } } }
              retrospectives(first: 100, where: { request: { id: { eq: "{{id}}" } } }) { nodes { itPerspective } }
              interactions(first: 100, where: { request: { id: { eq: "{{id}}" } } }) { nodes { internalNote } }
              events(first: 500, after: "{{head}}") { nodes { type changedFields request { id decisionRationale } interaction { internalNote } } }
            }
            """;

        var seen = (await api.GraphQLAsync(staff, query)).Ok().At("data");
        var hidden = (await api.GraphQLAsync(customer, query)).Ok().At("data");

        Assert.Equal(("Vendor owes us one", true), (seen.Text("request.decisionRationale"), seen.At("request.decisionRationaleInternal").GetBoolean()));
        Assert.Equal("Third fan this year: escalate to the vendor", seen.Text("request.interactions.nodes.0.internalNote"));
        Assert.Equal("Regression we should have caught", seen.Text("request.retrospectives.nodes.0.itPerspective"));
        Assert.Equal("Regression we should have caught", seen.Text("retrospectives.nodes.0.itPerspective"));

        Assert.Equal("Asked when it is loud", hidden.Text("request.interactions.nodes.0.summary"));
        Assert.Equal("Fast answer", hidden.Text("request.retrospectives.nodes.0.wentWell"));
        foreach (var path in new[] { "request.decisionRationale", "request.decisionRationaleInternal", "request.interactions.nodes.0.internalNote", "request.retrospectives.nodes.0.itPerspective",
                     "node.decisionRationale", "requests.nodes.0.decisionRationale", "requests.nodes.0.retrospectives.nodes.0.itPerspective", "retrospectives.nodes.0.itPerspective", "interactions.nodes.0.internalNote" })
        {
            Assert.True(hidden.At(path).ValueKind == JsonValueKind.Null, $"{path} is {hidden.At(path)}");
        }

        var ownEvents = hidden.At("events.nodes").EnumerateArray().Where(e => e.At("request").ValueKind != JsonValueKind.Null && e.Text("request.id") == id).ToList();
        Assert.Contains(ownEvents, e => e.Text("type") == "REQUEST_DECIDED");
        Assert.All(ownEvents, e => Assert.Equal(JsonValueKind.Null, e.At("request.decisionRationale").ValueKind));
        Assert.All(ownEvents.Where(e => e.At("interaction").ValueKind != JsonValueKind.Null), e => Assert.Equal(JsonValueKind.Null, e.At("interaction.internalNote").ValueKind));
        Assert.DoesNotContain("decisionRationaleInternal", ownEvents.SelectMany(e => e.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString())));
        Assert.Contains("decisionRationaleInternal", seen.At("events.nodes").EnumerateArray().SelectMany(e => e.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString())));
    }

    [ApiFact]
    public async Task A_rationale_not_marked_internal_is_the_customers_to_read()
    {
        var (_, customer, id, _) = await StoryAsync(internalRationale: false);

        var result = (await api.GraphQLAsync(customer, $$"""{ request(id: "{{id}}") { decision decisionRationale } }""")).Ok();

        Assert.Equal(("ACCEPTED", "Vendor owes us one"), (result.Text("data.request.decision"), result.Text("data.request.decisionRationale")));
    }

    [ApiTheory]
    [InlineData("""{ retrospectives(first: 5, where: { itPerspective: { contains: "caught" } }) { totalCount } }""", "Retrospective.itPerspective")]
    [InlineData("""{ retrospectives(first: 5, order: [{ itPerspective: ASC }]) { totalCount } }""", "Retrospective.itPerspective")]
    [InlineData("""{ requests(first: 5, where: { retrospectives: { some: { itPerspective: { contains: "caught" } } } }) { totalCount } }""", "Retrospective.itPerspective")]
    [InlineData("""{ requests(first: 5, where: { or: [{ title: { eq: "x" } }, { interactions: { some: { internalNote: { contains: "vendor" } } } }] }) { totalCount } }""", "Interaction.internalNote")]
    [InlineData("""{ interactions(first: 5, order: [{ occurredAt: DESC }, { internalNote: ASC }]) { totalCount } }""", "Interaction.internalNote")]
    [InlineData("""{ requests(first: 5, where: { decisionRationale: { contains: "vendor" } }) { totalCount } }""", "Request.decisionRationale")]
    [InlineData("""{ requests(first: 5, where: { decisionRationaleInternal: { eq: true } }) { totalCount } }""", "Request.decisionRationaleInternal")]
    [InlineData("""query($w: RetrospectiveFilterInput) { retrospectives(first: 5, where: $w) { totalCount } }""", "Retrospective.itPerspective")]
    public async Task A_customer_key_may_not_filter_or_sort_on_internal_fields(string query, string field)
    {
        await StoryAsync(internalRationale: true);
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var customer = await api.KeyAsync(ApiKeyRole.Customer, CustomerId);
        var variables = new { w = new { itPerspective = new { contains = "caught" } } };

        var refused = await api.GraphQLAsync(customer, query, variables);
        var allowed = await api.GraphQLAsync(staff, query, variables);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.Codes());
        Assert.Contains(field, refused.Text("errors.0.message"), StringComparison.Ordinal);
        allowed.Ok();
    }

    [ApiFact]
    public async Task A_customer_key_may_not_filter_a_nested_list_on_internal_fields()
    {
        var (_, customer, id, _) = await StoryAsync(internalRationale: true);

        var result = await api.GraphQLAsync(customer, $$"""{ request(id: "{{id}}") { title interactions(first: 5, where: { internalNote: { contains: "vendor" } }) { totalCount } } }""");

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], result.Codes());
        Assert.Equal(["request", "interactions"], result.At("errors.0.path").EnumerateArray().Select(p => p.GetString()));
    }
}
