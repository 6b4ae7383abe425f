using GraphApi.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Persistence;

/// <summary>The <c>median</c> aggregate every SQLite connection of the API gets, as a statement meets it.</summary>
public class SqliteMedianFunctionTests
{
    [Theory]
    [InlineData("SELECT median(column1) AS \"Value\" FROM (VALUES (3.0), (1.0), (2.0))", 2.0)]
    [InlineData("SELECT median(column1) AS \"Value\" FROM (VALUES (4.0), (1.0), (3.0), (2.0))", 2.5)]
    [InlineData("SELECT median(column1) AS \"Value\" FROM (VALUES (5.0), (NULL), (1.0))", 3.0)]
    [InlineData("SELECT median(column1) AS \"Value\" FROM (VALUES (7.5))", 7.5)]
    [InlineData("SELECT median(column1) AS \"Value\" FROM (SELECT 1.0 AS column1 WHERE 0)", null)]
    [InlineData("SELECT median(column1) AS \"Value\" FROM (VALUES (NULL))", null)]
    public async Task Median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(string sql, double? expected)
    {
        using var database = new TempDatabase();
        await using var db = database.CreateContext();

        var median = await db.Database.SqlQueryRaw<double?>(sql).SingleAsync();

        Assert.Equal(expected, median);
    }

    [Fact]
    public async Task Each_group_gets_a_median_of_its_own()
    {
        using var database = new TempDatabase();
        await using var db = database.CreateContext();

        var medians = await db.Database.SqlQueryRaw<double?>(
            "SELECT median(x) AS \"Value\" FROM (SELECT 1 AS g, 10.0 AS x UNION ALL SELECT 1, 20.0 UNION ALL SELECT 2, 5.0) GROUP BY g ORDER BY g").ToListAsync();

        Assert.Equal([15.0, 5.0], medians);
    }

    [Fact]
    public async Task The_median_is_there_on_a_reused_pooled_connection_and_on_a_new_one_after_the_pool_is_cleared()
    {
        using var database = new TempDatabase();
        for (var open = 0; open < 3; open++)
        {
            if (open == 2)
            {
                SqliteConnection.ClearAllPools();
            }

            await using var db = database.CreateContext();
            var median = await db.Database.SqlQueryRaw<double?>("SELECT median(column1) AS \"Value\" FROM (VALUES (1.0), (3.0))").SingleAsync();

            Assert.Equal(2.0, median);
        }
    }
}
