using GraphApi.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests;

/// <summary>The hand-written migrations create exactly the schema EF derives from the model.</summary>
public sealed class MigrationSchemaTests
{
    [Fact]
    public async Task Migrated_database_matches_the_model()
    {
        using var migrated = new TempDatabase();
        using var created = new TempDatabase();
        await using (var context = migrated.CreateContext())
        {
            await PersistenceExtensions.MigrateAsync(context);
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }

        await using (var context = created.CreateContext())
        {
            await context.Database.EnsureCreatedAsync();
        }

        var expected = Describe(created.ConnectionString);
        var actual = Describe(migrated.ConnectionString);

        Assert.Equal(expected, actual);
    }

    private static List<string> Describe(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var tables = Query(connection, "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '!_!_EF%' escape '!' order by name")
            .Select(row => row[0]).ToList();
        var lines = new List<string>();
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            lines.AddRange(Query(connection, $"pragma table_info('{table}')").Select(r => $"  column {r[1]} {r[2]} notnull={r[3]} pk={r[5]}"));
            lines.AddRange(Query(connection, $"pragma foreign_key_list('{table}')").Select(r => $"  fk {r[3]} -> {r[2]}.{r[4]} on delete {r[6]}").Order());
            foreach (var index in Query(connection, $"pragma index_list('{table}')").OrderBy(r => r[1]))
            {
                var columns = string.Join(",", Query(connection, $"pragma index_info('{index[1]}')").Select(r => r[2]));
                lines.Add($"  index {index[1]} unique={index[2]} origin={index[3]} ({columns})");
            }

            var sql = Query(connection, $"select sql from sqlite_master where type = 'table' and name = '{table}'").Single()[0];
            if (sql.Contains("CHECK", StringComparison.Ordinal))
            {
                lines.Add("  " + sql[sql.IndexOf("CONSTRAINT \"CK_", StringComparison.Ordinal)..]);
            }
        }

        return lines;
    }

    private static List<string[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }
}
