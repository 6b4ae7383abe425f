namespace GraphApi.Metrics;

/// <summary>PostgreSQL: instants are timestamptz (truncated in UTC, whatever the session's time zone), TimeSpans are intervals.</summary>
internal sealed class PostgresMetricsDialect : MetricsDialect
{
    public static readonly PostgresMetricsDialect Instance = new();

    public override string Seconds(string later, string earlier) => $"CAST(EXTRACT(EPOCH FROM ({later} - {earlier})) AS double precision)";

    public override string DurationSeconds(string column) => $"CAST(EXTRACT(EPOCH FROM {column}) AS double precision)";

    public override string Floor(string value) => $"FLOOR({value})";

    public override string Ceiling(string value) => $"CEIL({value})";

    public override string Earliest(params string[] instants) => $"LEAST({string.Join(", ", instants)})";

    // Interpolating at one half: the mean of the two middle values when there are two.
    public override string Median(string value) => $"percentile_cont(0.5) WITHIN GROUP (ORDER BY {value})";

    // No hints in PostgreSQL: its statistics keep the null fraction apart, so the index is chosen unaided.
    public override string IndexedBy(string index) => "";

    public override string WeekStart(string instant) => $"to_char(date_trunc('week', {instant} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')";

    public override string MonthStart(string instant) => $"to_char({instant} AT TIME ZONE 'UTC', 'YYYY-MM-01')";
}
