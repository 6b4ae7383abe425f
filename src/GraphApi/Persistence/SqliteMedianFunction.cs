using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

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

    // Registered through SQLitePCLRaw itself: Microsoft.Data.Sqlite's CreateAggregate boxes and wraps every value, which
    // doubled the cost of the medians (125 against 60 ms for 200,000 values).
    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            raw.sqlite3_create_function(sqlite.Handle, "median", 1, raw.SQLITE_UTF8 | raw.SQLITE_DETERMINISTIC, null, Step, Final);
        }
    }

    // Each group has a context of its own; its state is the group's values, created at its first non-null value.
    private static void Step(sqlite3_context context, object state, sqlite3_value[] arguments)
    {
        if (raw.sqlite3_value_type(arguments[0]) != raw.SQLITE_NULL)
        {
            var values = (List<double>?)context.state ?? (List<double>)(context.state = new List<double>());
            values.Add(raw.sqlite3_value_double(arguments[0]));
        }
    }

    private static void Final(sqlite3_context context, object state)
    {
        if (Of((List<double>?)context.state) is { } median)
        {
            raw.sqlite3_result_double(context, median);
        }
        else
        {
            raw.sqlite3_result_null(context);
        }
    }
}
