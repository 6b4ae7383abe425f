namespace GraphApi.Metrics;

/// <summary>One group's request figures, as the requests statement returns them.</summary>
internal sealed class RequestMetricsRow
{
    public string Key { get; set; } = "";
    public long Requests { get; set; }
    public long Accepted { get; set; }
    public long Declined { get; set; }
    public long Deferred { get; set; }
    public long AlreadyAvailable { get; set; }
    public long Educated { get; set; }
    public long Resolved { get; set; }
    public long Covered { get; set; }
    public double? MedianFirstResponseSeconds { get; set; }
    public double? MedianResolveSeconds { get; set; }
}
