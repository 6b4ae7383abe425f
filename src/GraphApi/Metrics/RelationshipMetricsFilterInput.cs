using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Interactions;
using GraphApi.Requests;

namespace GraphApi.Metrics;

/// <summary>Narrows what relationship metrics count; each list keeps the rows whose value (as groupBy attributes it) is in it.</summary>
[GraphQLDescription("Narrows what the metrics count. Each list keeps only rows whose value is one of it, attributed as `MetricsGroupBy` describes; lists combine with AND. At most 100 values a list.")]
public sealed class RelationshipMetricsFilterInput
{
    [ID]
    [GraphQLDescription("Only these customers' figures.")]
    public IReadOnlyList<string>? CustomerIds { get; init; }

    [GraphQLDescription("Only customers of these business units.")]
    public IReadOnlyList<string>? BusinessUnits { get; init; }

    [ID]
    [GraphQLDescription("Only requests owned by, and interactions led by, these staff members.")]
    public IReadOnlyList<string>? StaffMemberIds { get; init; }

    [GraphQLDescription("Only interactions on these channels, and requests whose first interaction was on one.")]
    public IReadOnlyList<Channel>? Channels { get; init; }

    [GraphQLDescription("Only requests of these priorities (and their expectations, interactions and retrospectives).")]
    public IReadOnlyList<RequestPriority>? Priorities { get; init; }
}
