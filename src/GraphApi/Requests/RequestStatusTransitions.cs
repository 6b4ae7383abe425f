using GraphApi.Api;

namespace GraphApi.Requests;

/// <summary>
/// The request life cycle: NEW -> TRIAGED -> IN_PROGRESS &lt;-> WAITING_ON_CUSTOMER -> RESOLVED -> CLOSED,
/// DECLINED from NEW or TRIAGED, and reopening RESOLVED -> IN_PROGRESS. Everything else is refused.
/// </summary>
public static class RequestStatusTransitions
{
    public const string InvalidTransition = "INVALID_TRANSITION";

    private static readonly Dictionary<RequestStatus, RequestStatus[]> Allowed = new()
    {
        [RequestStatus.New] = [RequestStatus.Triaged, RequestStatus.Declined],
        [RequestStatus.Triaged] = [RequestStatus.InProgress, RequestStatus.Declined],
        [RequestStatus.InProgress] = [RequestStatus.WaitingOnCustomer, RequestStatus.Resolved],
        [RequestStatus.WaitingOnCustomer] = [RequestStatus.InProgress, RequestStatus.Resolved],
        [RequestStatus.Resolved] = [RequestStatus.Closed, RequestStatus.InProgress],
        [RequestStatus.Closed] = [],
        [RequestStatus.Declined] = [],
    };

    public static IReadOnlyList<RequestStatus> From(RequestStatus status) => Allowed[status];

    public static bool IsAllowed(RequestStatus from, RequestStatus to) => Array.IndexOf(Allowed[from], to) >= 0;

    /// <summary>Null when allowed, otherwise the <c>INVALID_TRANSITION</c> error.</summary>
    public static DomainError? Check(RequestStatus from, RequestStatus to) => IsAllowed(from, to)
        ? null
        : new DomainError(InvalidTransition, $"A request cannot move from {EnumNames.Of(from)} to {EnumNames.Of(to)}; from {EnumNames.Of(from)} it can move to {Describe(Allowed[from])}.");

    private static string Describe(RequestStatus[] targets) => targets.Length == 0 ? "nothing (it is final)" : string.Join(" or ", targets.Select(EnumNames.Of));
}
