using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Requests;

namespace GraphApi.Integrations;

/// <summary>A request's status as ServiceNow or Jira spell it.</summary>
/// <param name="System">The system.</param>
/// <param name="Code">ServiceNow's incident state number (<c>3</c>) or Jira's status category key (<c>indeterminate</c>).</param>
/// <param name="Name">The state's display name (<c>On Hold</c>, <c>In Progress</c>).</param>
[GraphQLDescription("A request's status as ServiceNow or Jira spell it.")]
public sealed record ExternalStatus(
    ExternalSystem System,
    [property: GraphQLDescription("ServiceNow's incident state number (`3`) or Jira's status category key (`indeterminate`).")] string Code,
    [property: GraphQLDescription("The state's display name (`On Hold`, `In Progress`).")] string Name);

/// <summary>
/// The one place that maps request statuses to ServiceNow incident states and Jira status categories, so that
/// connectors do not each re-implement it (README, "Writing a connector", shows the table).
/// </summary>
public static class ExternalStatusMapping
{
    /// <summary>The external state of <paramref name="status"/>; null for <see cref="ExternalSystem.Other"/>.</summary>
    public static ExternalStatus? Map(RequestStatus status, ExternalSystem system) => system switch
    {
        ExternalSystem.ServiceNow => status switch
        {
            RequestStatus.New => new(system, "1", "New"),
            RequestStatus.Triaged or RequestStatus.InProgress => new(system, "2", "In Progress"),
            RequestStatus.WaitingOnCustomer => new(system, "3", "On Hold"),
            RequestStatus.Resolved => new(system, "6", "Resolved"),
            RequestStatus.Closed => new(system, "7", "Closed"),
            RequestStatus.Declined => new(system, "8", "Canceled"),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        },
        ExternalSystem.Jira => status switch
        {
            RequestStatus.New or RequestStatus.Triaged => new(system, "new", "To Do"),
            RequestStatus.InProgress or RequestStatus.WaitingOnCustomer => new(system, "indeterminate", "In Progress"),
            RequestStatus.Resolved or RequestStatus.Closed or RequestStatus.Declined => new(system, "done", "Done"),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        },
        _ => null,
    };
}
