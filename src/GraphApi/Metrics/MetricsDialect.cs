using Microsoft.EntityFrameworkCore;

namespace GraphApi.Metrics;

/// <summary>The SQL expressions the metrics statements need that SQLite and PostgreSQL spell differently.</summary>
internal abstract class MetricsDialect
{
    /// <summary>The dialect of the context's provider.</summary>
    public static MetricsDialect For(DbContext db) => db.Database.IsNpgsql() ? PostgresMetricsDialect.Instance : SqliteMetricsDialect.Instance;

    /// <summary>The seconds from <paramref name="earlier"/> to <paramref name="later"/>, as a floating-point number.</summary>
    public abstract string Seconds(string later, string earlier);

    /// <summary>A stored update cadence (a TimeSpan column) in seconds.</summary>
    public abstract string DurationSeconds(string column);

    /// <summary>The largest integer not above a non-negative number.</summary>
    public abstract string Floor(string value);

    /// <summary>The smallest integer not below a non-negative number.</summary>
    public abstract string Ceiling(string value);

    /// <summary>The earliest of instants, none of them null.</summary>
    public abstract string Earliest(params string[] instants);

    /// <summary>The Monday of an instant's ISO week (UTC), as <c>YYYY-MM-DD</c> text.</summary>
    public abstract string WeekStart(string instant);

    /// <summary>The first day of an instant's month (UTC), as <c>YYYY-MM-DD</c> text.</summary>
    public abstract string MonthStart(string instant);

    /// <summary>
    /// A hint to read a table through <paramref name="index"/>, where the planner would otherwise scan: SQLite's statistics
    /// call an index on a mostly-NULL column useless even for an equality on a non-null value.
    /// </summary>
    public abstract string IndexedBy(string index);

    /// <summary>The aggregate median of <paramref name="value"/> over a group: the middle value, or the mean of the two middle ones.</summary>
    public abstract string Median(string value);

    /// <summary>A value as text, for group keys.</summary>
    public string Text(string value) => $"CAST({value} AS TEXT)";
}
