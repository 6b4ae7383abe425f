namespace GraphApi.Metrics;

/// <summary>One group's retrospective figures, as the retrospectives statement returns them.</summary>
internal sealed class RetrospectiveMetricsRow
{
    public string Key { get; set; } = "";
    public long Rated { get; set; }
    public long RatingSum { get; set; }
    public long ActionItems { get; set; }
    public long ActionItemsDone { get; set; }
}
