using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Metrics;

/// <summary>What <c>relationshipMetrics</c> groups by.</summary>
[GraphQLDescription("What relationship metrics are grouped by. Each figure is attributed through the object it counts: a request, expectation or retrospective through its request (its customer, owner, and the channel of its first interaction), an interaction through itself (its customer, lead participant and channel).")]
public enum MetricsGroupBy
{
    [GraphQLDescription("One group with every figure.")]
    None,

    [GraphQLDescription("A group per customer.")]
    Customer,

    [GraphQLDescription("A group per business unit of the customer.")]
    BusinessUnit,

    [GraphQLDescription("A group per staff member: a request's owner, an interaction's lead participant. Rows without one are left out.")]
    StaffMember,

    [GraphQLDescription("A group per channel: an interaction's own, a request's first interaction's. Requests without interactions are left out.")]
    Channel,

    [GraphQLDescription("A group per ISO week (starting Monday, UTC) of the time each figure is measured at: a request's creation, an expectation's due time, an interaction's time, a retrospective's.")]
    Week,

    [GraphQLDescription("A group per calendar month (UTC), measured as for WEEK.")]
    Month,
}
