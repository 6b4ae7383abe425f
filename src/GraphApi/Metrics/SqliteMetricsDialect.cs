namespace GraphApi.Metrics;

/// <summary>SQLite: instants are ISO text (EF Core's format), TimeSpans are <c>[d.]hh:mm:ss[.fffffff]</c> text.</summary>
internal sealed class SqliteMetricsDialect : MetricsDialect
{
    public static readonly SqliteMetricsDialect Instance = new();

    public override string Seconds(string later, string earlier) => $"((julianday({later}) - julianday({earlier})) * 86400.0)";

    // Days before the dot of the part ahead of the first colon, then hours, minutes and seconds.
    public override string DurationSeconds(string column)
    {
        var head = $"substr({column}, 1, instr({column}, ':') - 1)";
        var rest = $"substr({column}, instr({column}, ':') + 1)";
        return $"(CASE WHEN instr({head}, '.') > 0 THEN CAST(substr({head}, 1, instr({head}, '.') - 1) AS INTEGER) ELSE 0 END * 86400"
            + $" + CAST(substr({head}, instr({head}, '.') + 1) AS INTEGER) * 3600"
            + $" + CAST(substr({rest}, 1, 2) AS INTEGER) * 60 + CAST(substr({rest}, 4) AS REAL))";
    }

    public override string Floor(string value) => $"CAST({value} AS INTEGER)";

    public override string Ceiling(string value) => $"(CAST({value} AS INTEGER) + (({value}) > CAST({value} AS INTEGER)))";

    public override string Earliest(params string[] instants) => $"MIN({string.Join(", ", instants)})";

    // Persistence.SqliteMedianFunction, registered on every connection.
    public override string Median(string value) => $"median({value})";

    public override string IndexedBy(string index) => $"INDEXED BY \"{index}\"";

    public override string WeekStart(string instant) => $"date({instant}, 'weekday 0', '-6 days')";

    public override string MonthStart(string instant) => $"strftime('%Y-%m-01', {instant})";
}
