using GraphApi.Integrations;
using GraphApi.Requests;
using GraphApi.Security;

namespace GraphApi.Tests.Api;

public class ExternalStatusTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [ApiTheory]
    [InlineData(RequestStatus.New, "1", "new")]
    [InlineData(RequestStatus.Triaged, "2", "new")]
    [InlineData(RequestStatus.InProgress, "2", "indeterminate")]
    [InlineData(RequestStatus.WaitingOnCustomer, "3", "indeterminate")]
    [InlineData(RequestStatus.Resolved, "6", "done")]
    [InlineData(RequestStatus.Closed, "7", "done")]
    [InlineData(RequestStatus.Declined, "8", "done")]
    public void Every_status_maps_to_ServiceNow_and_Jira(RequestStatus status, string incidentState, string statusCategory)
    {
        Assert.Equal(incidentState, ExternalStatusMapping.Map(status, ExternalSystem.ServiceNow)!.Code);
        Assert.Equal(statusCategory, ExternalStatusMapping.Map(status, ExternalSystem.Jira)!.Code);
        Assert.Null(ExternalStatusMapping.Map(status, ExternalSystem.Other));
    }

    [ApiFact]
    public async Task ExternalStatus_reads_the_status_even_when_it_is_not_selected()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);

        var result = await api.GraphQLAsync(key, """{ requests(first: 5, where: { status: { eq: WAITING_ON_CUSTOMER } }) { nodes { serviceNow: externalStatus(system: SERVICENOW) { code name } jira: externalStatus(system: JIRA) { code } other: externalStatus(system: OTHER) { code } } } }""");

        var nodes = result.Ok().At("data.requests.nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(("3", "On Hold", "indeterminate"), (n.Text("serviceNow.code"), n.Text("serviceNow.name"), n.Text("jira.code"))));
        Assert.All(nodes, n => Assert.Equal(System.Text.Json.JsonValueKind.Null, n.At("other").ValueKind));
    }
}
