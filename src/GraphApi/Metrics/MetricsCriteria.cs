using GraphApi.Interactions;
using GraphApi.Requests;

namespace GraphApi.Metrics;

/// <summary>What one <c>relationshipMetrics</c> call asks for, decoded and checked.</summary>
/// <param name="From">The window's start (inclusive), or null for no start.</param>
/// <param name="To">The window's end (exclusive), or null for no end.</param>
/// <param name="GroupBy">What the figures are grouped by.</param>
/// <param name="VisibleCustomerId">For a customer key, its customer: nothing else is counted.</param>
/// <param name="Now">Where update-cadence periods of open expectations end.</param>
internal sealed record MetricsCriteria(DateTime? From, DateTime? To, MetricsGroupBy GroupBy, int? VisibleCustomerId, DateTime Now)
{
    public IReadOnlyList<int>? CustomerIds { get; init; }
    public IReadOnlyList<string>? BusinessUnits { get; init; }
    public IReadOnlyList<int>? StaffMemberIds { get; init; }
    public IReadOnlyList<Channel>? Channels { get; init; }
    public IReadOnlyList<RequestPriority>? Priorities { get; init; }
}
