using GraphApi.Customers;
using GraphApi.GraphQL;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Metrics;
using GraphApi.Persistence;
using GraphApi.Security;
using GraphApi.Staff;

namespace GraphApi.Api;

public sealed partial class Query
{
    /// <summary>The most values one filter list of <c>relationshipMetrics</c> takes.</summary>
    public const int MaxMetricsFilterValues = 100;

    [GraphQLDescription("How the relationship with customers is going, computed by the database over the window [from, to) (either end may be left open): response and resolution times, expectations kept and warned of, update cadence, channel fit, consistency of contact, decisions, education and retrospectives. One group per `groupBy` value (WEEK and MONTH fill the periods between with empty groups); a customer key gets only its own figures.")]
    public async Task<IReadOnlyList<RelationshipMetricsGroup>> GetRelationshipMetrics(DateTime? from, DateTime? to, RelationshipMetricsFilterInput? where,
        DbContextPerResolver<GraphApiDbContext> db, Caller caller, TimeProvider clock, CancellationToken cancellationToken, MetricsGroupBy groupBy = MetricsGroupBy.None)
    {
        if (from is { } start && to is { } end && start.ToUniversalTime() >= end.ToUniversalTime())
        {
            throw new GraphQLException($"from ({start.ToUniversalTime():O}) must come before to ({end.ToUniversalTime():O}).", ApiErrorCodes.InvalidInput);
        }

        var criteria = new MetricsCriteria(from?.ToUniversalTime(), to?.ToUniversalTime(), groupBy, caller.VisibleCustomerId, clock.GetUtcNow().UtcDateTime)
        {
            CustomerIds = Ids(where?.CustomerIds, nameof(Customer), "customerIds"),
            BusinessUnits = Checked(where?.BusinessUnits, "businessUnits"),
            StaffMemberIds = Ids(where?.StaffMemberIds, nameof(StaffMember), "staffMemberIds"),
            Channels = Checked(where?.Channels, "channels"),
            Priorities = Checked(where?.Priorities, "priorities"),
        };
        return await RelationshipMetricsQuery.RunAsync(db.Create, criteria, cancellationToken);
    }

    private static List<int>? Ids(IReadOnlyList<string>? ids, string typeName, string field) =>
        Checked(ids, field)?.Select(id => GlobalId.TryDecode(id, out var type, out var key) && type == typeName
            ? key
            : throw new GraphQLException($"where.{field}: \"{id}\" is not the id of a {typeName}.", ApiErrorCodes.InvalidId)).ToList();

    private static IReadOnlyList<T>? Checked<T>(IReadOnlyList<T>? values, string field) => values is { Count: > MaxMetricsFilterValues }
        ? throw new GraphQLException($"where.{field} takes at most {MaxMetricsFilterValues} values; {values.Count} were given.", ApiErrorCodes.InvalidInput)
        : values;
}
