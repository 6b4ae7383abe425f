using GraphApi.Integrations;
using GraphApi.Requests;

namespace GraphApi.Tests.Integrations;

/// <summary>Mapping ServiceNow states and Jira categories back onto the request life cycle.</summary>
public class ExternalStatusMappingTests
{
    public static readonly TheoryData<ExternalSystem, string, RequestStatus?, RequestStatus[]?> Steps = new()
    {
        // A new record arrives in the state's first status.
        { ExternalSystem.ServiceNow, "2", null, [RequestStatus.InProgress] },
        { ExternalSystem.Jira, "done", null, [RequestStatus.Resolved] },
        // Already there: nothing to do, even where several statuses share the state.
        { ExternalSystem.ServiceNow, "2", RequestStatus.Triaged, [] },
        { ExternalSystem.Jira, "indeterminate", RequestStatus.WaitingOnCustomer, [] },
        { ExternalSystem.Jira, "done", RequestStatus.Closed, [] },
        // The fewest moves the life cycle allows.
        { ExternalSystem.ServiceNow, "2", RequestStatus.New, [RequestStatus.Triaged] },
        { ExternalSystem.Jira, "indeterminate", RequestStatus.New, [RequestStatus.Triaged, RequestStatus.InProgress] },
        { ExternalSystem.ServiceNow, "3", RequestStatus.Triaged, [RequestStatus.InProgress, RequestStatus.WaitingOnCustomer] },
        { ExternalSystem.ServiceNow, "7", RequestStatus.InProgress, [RequestStatus.Resolved, RequestStatus.Closed] },
        { ExternalSystem.ServiceNow, "6", RequestStatus.New, [RequestStatus.Triaged, RequestStatus.InProgress, RequestStatus.Resolved] },
        { ExternalSystem.ServiceNow, "8", RequestStatus.Triaged, [RequestStatus.Declined] },
        { ExternalSystem.Jira, "done", RequestStatus.New, [RequestStatus.Triaged, RequestStatus.InProgress, RequestStatus.Resolved] },
        { ExternalSystem.Jira, "done", RequestStatus.Declined, [] },
        { ExternalSystem.ServiceNow, "2", RequestStatus.Resolved, [RequestStatus.InProgress] },
        // Out of reach, or unknown.
        { ExternalSystem.ServiceNow, "2", RequestStatus.Closed, null },
        { ExternalSystem.ServiceNow, "8", RequestStatus.InProgress, null },
        { ExternalSystem.ServiceNow, "1", RequestStatus.Triaged, null },
        { ExternalSystem.ServiceNow, "42", RequestStatus.New, null },
        { ExternalSystem.Jira, "undefined", null, null },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void An_external_state_maps_to_the_fewest_life_cycle_moves_that_reach_it(ExternalSystem system, string code, RequestStatus? current, RequestStatus[]? expected) =>
        Assert.Equal(expected, ExternalStatusMapping.StepsTo(system, code, current));

    [Fact]
    public void Every_reachable_path_ends_in_a_status_of_that_state_and_only_makes_allowed_moves()
    {
        foreach (var system in new[] { ExternalSystem.ServiceNow, ExternalSystem.Jira })
        {
            foreach (var from in Enum.GetValues<RequestStatus>())
            {
                foreach (var code in Enum.GetValues<RequestStatus>().Select(s => ExternalStatusMapping.Map(s, system)!.Code).Distinct())
                {
                    if (ExternalStatusMapping.StepsTo(system, code, from) is not { } steps)
                    {
                        continue;
                    }

                    Assert.Equal(code, ExternalStatusMapping.Map(steps.Count == 0 ? from : steps[^1], system)!.Code);
                    Assert.All(steps.Prepend(from).Zip(steps), move => Assert.True(RequestStatusTransitions.IsAllowed(move.First, move.Second), $"{move.First} -> {move.Second}"));
                }
            }
        }
    }

    [Fact]
    public void Event_status_names_map_like_statuses()
    {
        Assert.Equal(ExternalStatusMapping.Map(RequestStatus.WaitingOnCustomer, ExternalSystem.ServiceNow), ExternalStatusMapping.MapName("WAITING_ON_CUSTOMER", ExternalSystem.ServiceNow));
        Assert.Null(ExternalStatusMapping.MapName("AT_RISK", ExternalSystem.Jira));
        Assert.Null(ExternalStatusMapping.MapName(null, ExternalSystem.Jira));
    }
}
