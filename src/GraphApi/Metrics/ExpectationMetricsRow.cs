namespace GraphApi.Metrics;

/// <summary>One group's expectation figures, as the expectations statement returns them.</summary>
internal sealed class ExpectationMetricsRow
{
    public string Key { get; set; } = "";
    public long Due { get; set; }
    public long Settled { get; set; }
    public long Met { get; set; }
    public long Missed { get; set; }
    public long Renegotiated { get; set; }
    public long Warned { get; set; }
    public long CadencePeriods { get; set; }
    public long CadencePeriodsUpdated { get; set; }
}
