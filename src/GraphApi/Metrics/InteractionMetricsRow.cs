namespace GraphApi.Metrics;

/// <summary>One group's interaction figures, as the interactions statement returns them.</summary>
internal sealed class InteractionMetricsRow
{
    public string Key { get; set; } = "";
    public long Interactions { get; set; }
    public long Preferred { get; set; }
    public long LedByUsualContact { get; set; }
    public long Customers { get; set; }
    public long CustomerStaffPairs { get; set; }
}
