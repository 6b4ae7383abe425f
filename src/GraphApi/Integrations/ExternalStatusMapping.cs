using GraphApi.Api;
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
    // The status a new record arrives in: TRIAGED shares ServiceNow's "In Progress" with IN_PROGRESS, and that means work has started.
    private static readonly RequestStatus[] CanonicalOrder =
        [RequestStatus.New, RequestStatus.InProgress, RequestStatus.Triaged, RequestStatus.WaitingOnCustomer, RequestStatus.Resolved, RequestStatus.Closed, RequestStatus.Declined];

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

    /// <summary>The external state of a status given by its GraphQL name (<c>IN_PROGRESS</c>), as events carry it; null when it is none.</summary>
    public static ExternalStatus? MapName(string? statusName, ExternalSystem system) =>
        Enum.GetValues<RequestStatus>().Where(s => EnumNames.Of(s) == statusName).Select(s => Map(s, system)).FirstOrDefault();

    /// <summary>
    /// The moves that bring a request from <paramref name="current"/> to a status that maps to external state <paramref name="code"/>,
    /// along the life cycle and fewest first (ending in DECLINED only when nothing else maps to the state): none when it already maps there (so a ServiceNow "In Progress" leaves a TRIAGED request
    /// TRIAGED), and for a new record (<paramref name="current"/> null) the status it is created in. Null when the life cycle cannot get
    /// there (a CLOSED request asked to be "In Progress") or the code is unknown.
    /// </summary>
    public static IReadOnlyList<RequestStatus>? StepsTo(ExternalSystem system, string code, RequestStatus? current)
    {
        if (current is not { } start)
        {
            return CanonicalOrder.Where(s => Map(s, system)?.Code == code).Take(1).ToList() is [_] created ? created : null;
        }

        if (Map(start, system)?.Code == code)
        {
            return [];
        }

        // Declining is a decision, not a shortcut: Jira's Done on a To Do issue means resolved, unless only DECLINED maps there (ServiceNow's Canceled).
        var targets = CanonicalOrder.Where(s => Map(s, system)?.Code == code).ToList();
        if (targets.Count > 1)
        {
            targets.Remove(RequestStatus.Declined);
        }

        var cameFrom = new Dictionary<RequestStatus, RequestStatus> { [start] = start };
        var frontier = new Queue<RequestStatus>([start]);
        while (frontier.TryDequeue(out var status))
        {
            if (targets.Contains(status))
            {
                var steps = new List<RequestStatus>();
                for (var at = status; at != start; at = cameFrom[at])
                {
                    steps.Insert(0, at);
                }

                return steps;
            }

            foreach (var next in RequestStatusTransitions.From(status).Where(next => cameFrom.TryAdd(next, status)))
            {
                frontier.Enqueue(next);
            }
        }

        return null;
    }
}
