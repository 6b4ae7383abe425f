using GraphApi.Api;
using GraphApi.Requests;

namespace GraphApi.Expectations;

/// <summary>
/// An open expectation (ON_TRACK, AT_RISK) moves between those two, or ends MET or MISSED; RENEGOTIATED comes only
/// from renegotiating it, which replaces it with a new one. Ended expectations do not change.
/// </summary>
public static class ExpectationStatusTransitions
{
    public static bool IsOpen(ExpectationStatus status) => status is ExpectationStatus.OnTrack or ExpectationStatus.AtRisk;

    /// <summary>Null when allowed, otherwise the <c>INVALID_TRANSITION</c> error.</summary>
    public static DomainError? Check(ExpectationStatus from, ExpectationStatus to) => (from, to) switch
    {
        (_, ExpectationStatus.Renegotiated) => new DomainError(RequestStatusTransitions.InvalidTransition, "Use renegotiateExpectation to renegotiate an expectation."),
        _ when !IsOpen(from) => new DomainError(RequestStatusTransitions.InvalidTransition, $"The expectation is {EnumNames.Of(from)} and can no longer change."),
        _ when from == to => new DomainError(RequestStatusTransitions.InvalidTransition, $"The expectation is already {EnumNames.Of(to)}."),
        _ => null,
    };
}
