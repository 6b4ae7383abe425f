using GraphApi.Integrations;
using GraphApi.Requests;

namespace GraphApi.Tests.Api;

/// <summary>The Mapperly input mappers (an input field that lands nowhere is a build error, so these check behaviour).</summary>
public sealed class InputMapperTests
{
    [Fact]
    public void Update_maps_leave_fields_left_out_as_they_are_and_clear_blank_ones()
    {
        var request = new Request { Number = "REQ-000001", Title = "Old", Description = "Keep", BusinessImpact = "Clear me", Priority = RequestPriority.Low };

        new UpdateRequestInput { RequestId = "x", Title = "  New  ", BusinessImpact = "  " }.ApplyTo(request);

        Assert.Equal(("New", "Keep", null, RequestPriority.Low), (request.Title, request.Description, request.BusinessImpact, request.Priority));
    }

    [Fact]
    public void Create_maps_trim_texts_drop_blank_ones_and_default_the_priority()
    {
        var request = new CreateRequestInput { CustomerId = "c", Title = " VPN drops ", Description = " ", Why = "Close the quarter " }.ToRequest("pending");

        Assert.Equal(("pending", "VPN drops", null, "Close the quarter", RequestPriority.Medium, RequestStatus.New),
            (request.Number, request.Title, request.Description, request.Why, request.Priority, request.Status));
        Assert.Equal(RequestPriority.High, new CreateRequestInput { CustomerId = "c", Title = "t", Priority = RequestPriority.High }.ToRequest("pending").Priority);
    }

    [Fact]
    public void A_connector_upsert_changes_the_fields_it_gives_and_never_the_status()
    {
        var request = new Request { Number = "REQ-000002", Title = "Old", Description = "Keep", Priority = RequestPriority.Low, Status = RequestStatus.InProgress };

        new UpsertRequestFromExternalInput { System = ExternalSystem.Jira, ExternalId = "ITSM-1", Title = "New ", Priority = RequestPriority.Critical, Status = RequestStatus.Closed }.ApplyTo(request);

        Assert.Equal(("New", "Keep", RequestPriority.Critical, RequestStatus.InProgress), (request.Title, request.Description, request.Priority, request.Status));
    }
}
