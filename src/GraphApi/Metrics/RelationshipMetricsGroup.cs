using GraphApi.Customers;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Interactions;
using GraphApi.Staff;

namespace GraphApi.Metrics;

/// <summary>The relationship figures of one group; every rate is null when its denominator is 0.</summary>
[GraphQLDescription("The relationship figures of one group, over the window [from, to). Rates are shares from 0 to 1, and null (not 0) when there is nothing to divide by.")]
public sealed class RelationshipMetricsGroup
{
    [GraphQLDescription("What the group is: the customer's or staff member's global id, the business unit, the channel (`EMAIL`), the first day of the week or month (`2026-11-02`), or `ALL` when not grouped.")]
    public required string Key { get; init; }

    [GraphQLDescription("The customer, when grouped by CUSTOMER.")]
    public Customer? Customer { get; init; }

    [GraphQLDescription("The staff member, when grouped by STAFF_MEMBER.")]
    public StaffMember? StaffMember { get; init; }

    [GraphQLDescription("The business unit, when grouped by BUSINESS_UNIT.")]
    public string? BusinessUnit { get; init; }

    [GraphQLDescription("The channel, when grouped by CHANNEL.")]
    public Channel? Channel { get; init; }

    [GraphQLDescription("The first instant of the week or month (UTC midnight), when grouped by WEEK or MONTH.")]
    public DateTime? PeriodStart { get; init; }

    [GraphQLDescription("Requests created in the window.")]
    public int Requests { get; init; }

    [GraphQLDescription("Of the requests created in the window, those resolved (resolvedAt set; closed ones stay resolved, declined ones never were).")]
    public int ResolvedRequests { get; init; }

    [GraphQLDescription("Median of firstResponseAt − createdAt over the requests created in the window that have a first response (the mean of the two middle values when their number is even); null when none has.")]
    public TimeSpan? MedianTimeToFirstResponse { get; init; }

    [GraphQLDescription("Median of resolvedAt − createdAt over the requests created in the window that are resolved (resolvedAt set); null when none is.")]
    public TimeSpan? MedianTimeToResolve { get; init; }

    [GraphQLDescription("Expectations due in the window (dueAt in [from, to)), whatever their status.")]
    public int ExpectationsDue { get; init; }

    [GraphQLDescription("Of the expectations due in the window, those settled: MET, MISSED or RENEGOTIATED (the denominator of the three rates below).")]
    public int ExpectationsSettled { get; init; }

    [GraphQLDescription("MET ÷ settled, over the expectations due in the window.")]
    public double? ExpectationsMetRate { get; init; }

    [GraphQLDescription("MISSED ÷ settled, over the expectations due in the window.")]
    public double? ExpectationsMissedRate { get; init; }

    [GraphQLDescription("RENEGOTIATED ÷ settled, over the expectations due in the window.")]
    public double? RenegotiatedRate { get; init; }

    [GraphQLDescription("Of the MISSED expectations due in the window, the share the customer was warned of before the due time: an EXPECTATION_AT_RISK event, or an EXPECTATION_STATUS_CHANGED event to AT_RISK, before dueAt; or the expectation replaces one whose renegotiation (its EXPECTATION_STATUS_CHANGED event to RENEGOTIATED) came before dueAt.")]
    public double? WarnedBeforeDueRate { get; init; }

    [GraphQLDescription("Of the update-cadence periods of the expectations due in the window (not RENEGOTIATED, with an updateCadence), the share that had a STATUS_UPDATE interaction on the request. Periods are updateCadence long, from the expectation's first event (its creation; else the request's first response, else its creation) to the earliest of dueAt, the request's resolution and now; a last partial period counts.")]
    public double? UpdateCadenceAdherence { get; init; }

    [GraphQLDescription("Interactions in the window (occurredAt in [from, to)).")]
    public int Interactions { get; init; }

    [GraphQLDescription("Of the interactions in the window, the share on a channel the customer prefers (onPreferredChannel).")]
    public double? PreferredChannelRate { get; init; }

    [GraphQLDescription("Of the interactions in the window, the share whose LEAD participant is one of the customer's usual contacts.")]
    public double? ContactConsistency { get; init; }

    [GraphQLDescription("Distinct (customer, staff member) pairs over the interactions in the window, counting every participant, divided by the distinct customers with interactions: how many staff members each customer deals with, on average (lower is more rapport).")]
    public double? DistinctStaffPerCustomer { get; init; }

    [GraphQLDescription("The decisions of the requests created in the window.")]
    public required DecisionMix DecisionMix { get; init; }

    [GraphQLDescription("Requests created in the window that were answered with a knowledge link (knowledgeLink set).")]
    public int EducationOpportunities { get; init; }

    [GraphQLDescription("Of the requests created in the window that are resolved, the share with a retrospective that records a customer perspective (not empty).")]
    public double? RetrospectiveCoverage { get; init; }

    [GraphQLDescription("Of the action items of the retrospectives held in the window (heldAt in [from, to)), the share done.")]
    public double? ActionItemsDoneRate { get; init; }

    [GraphQLDescription("The mean customer rating (1 to 5) of the retrospectives held in the window that have one.")]
    public double? AverageCustomerRating { get; init; }
}
