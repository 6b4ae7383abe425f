using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphApi.Persistence;

/// <summary>
/// Adds the aggregate <c>median(x)</c> to every SQLite connection EF Core opens (SQLite ships none; PostgreSQL has
/// <c>percentile_cont</c>): the middle non-null value of a group, or the mean of the two middle ones, null for none.
/// </summary>
internal sealed class SqliteMedianFunction : DbConnectionInterceptor
{
    public static readonly SqliteMedianFunction Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    /// <summary>The median of <paramref name="values"/> (sorted in place).</summary>
    public static double? Of(List<double>? values)
    {
        if (values is not { Count: > 0 })
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    // The seed is null, so each group starts a list of its own.
    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateAggregate<double?, List<double>?, double?>("median", null,
                (values, value) => value is { } v ? Add(values ?? [], v) : values, Of, isDeterministic: true);
        }
    }

    private static List<double> Add(List<double> values, double value)
    {
        values.Add(value);
        return values;
    }
}
