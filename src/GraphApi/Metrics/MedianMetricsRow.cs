namespace GraphApi.Metrics;

/// <summary>One group's median of a request duration, in seconds, as a median statement returns it.</summary>
internal sealed class MedianMetricsRow
{
    public string Key { get; set; } = "";
    public double? Median { get; set; }
}
