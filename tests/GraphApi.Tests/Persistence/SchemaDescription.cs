using System.Data.Common;
using System.Globalization;
using GraphApi.Persistence;

namespace GraphApi.Tests.Persistence;

/// <summary>A database's schema and rows as sorted lines, to compare two databases (the migrations' own history table left out).</summary>
public static class SchemaDescription
{
    /// <summary>Tables, columns, keys, foreign keys, indexes and check constraints.</summary>
    public static Task<List<string>> SchemaAsync(ITestDatabase database) => database.Provider == DatabaseProvider.Postgres
        ? LinesAsync(database,
            "select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(is_identity, '') from information_schema.columns where table_schema = 'public' and table_name not like '!_!_EF%' escape '!'",
            "select indexdef from pg_indexes where schemaname = 'public' and tablename not like '!_!_EF%' escape '!'",
            "select conrelid::regclass || ' ' || pg_get_constraintdef(oid) from pg_constraint where connamespace = 'public'::regnamespace and conrelid::regclass::text not like '\"!_!_EF%' escape '!'")
        : SqliteSchemaAsync(database);

    /// <summary>Every table's columns, by name.</summary>
    public static async Task<Dictionary<string, List<string>>> ColumnsAsync(ITestDatabase database)
    {
        var columns = new Dictionary<string, List<string>>();
        foreach (var table in await TablesAsync(database))
        {
            columns[table] = (await QueryAsync(database, database.Provider == DatabaseProvider.Postgres
                    ? $"select column_name from information_schema.columns where table_schema = 'public' and table_name = '{table}'"
                    : $"select name from pragma_table_info('{table}')"))
                .Select(row => row[0]).Order(StringComparer.Ordinal).ToList();
        }

        return columns;
    }

    /// <summary>Every row of every table, one line each: all columns, or only <paramref name="columns"/> (those a database had before a migration, say).</summary>
    public static async Task<List<string>> RowsAsync(ITestDatabase database, IReadOnlyDictionary<string, List<string>>? columns = null)
    {
        var lines = new List<string>();
        foreach (var table in await TablesAsync(database))
        {
            var select = columns?.GetValueOrDefault(table) is { } names ? string.Join(", ", names.Select(name => $"\"{name}\"")) : "*";
            lines.AddRange((await QueryAsync(database, $"select {select} from \"{table}\"")).Select(row => table + ": " + string.Join(" | ", row)));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>The history table's migration ids, in order.</summary>
    public static async Task<List<string>> AppliedMigrationsAsync(ITestDatabase database) =>
        (await QueryAsync(database, "select \"MigrationId\" from \"__EFMigrationsHistory\" order by \"MigrationId\"")).Select(row => row[0]).ToList();

    /// <summary>Runs a script of several statements.</summary>
    public static async Task ExecuteAsync(ITestDatabase database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> SqliteSchemaAsync(ITestDatabase database)
    {
        var lines = new List<string>();
        foreach (var table in await TablesAsync(database))
        {
            lines.AddRange((await QueryAsync(database, $"pragma table_info('{table}')")).Select(r => $"{table} column {r[1]} {r[2]} notnull={r[3]} pk={r[5]}"));
            lines.AddRange((await QueryAsync(database, $"pragma foreign_key_list('{table}')")).Select(r => $"{table} fk {r[3]} -> {r[2]}.{r[4]} on delete {r[6]}"));
            foreach (var index in await QueryAsync(database, $"pragma index_list('{table}')"))
            {
                var columns = string.Join(",", (await QueryAsync(database, $"pragma index_info('{index[1]}')")).Select(r => r[2]));
                lines.Add($"{table} index {index[1]} unique={index[2]} origin={index[3]} ({columns})");
            }

            var sql = (await QueryAsync(database, $"select sql from sqlite_master where type = 'table' and name = '{table}'")).Single()[0];
            if (sql.Contains("CHECK", StringComparison.Ordinal))
            {
                lines.Add($"{table} {sql[sql.IndexOf("CONSTRAINT \"CK_", StringComparison.Ordinal)..]}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> TablesAsync(ITestDatabase database) =>
        (await QueryAsync(database, database.Provider == DatabaseProvider.Postgres
            ? "select table_name from information_schema.tables where table_schema = 'public' and table_name not like '!_!_EF%' escape '!' order by table_name"
            : "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '!_!_EF%' escape '!' order by name"))
        .Select(row => row[0]).ToList();

    private static async Task<List<string>> LinesAsync(ITestDatabase database, params string[] queries)
    {
        var lines = new List<string>();
        foreach (var sql in queries)
        {
            lines.AddRange((await QueryAsync(database, sql)).Select(row => row[0]));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(ITestDatabase database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.GetValue(i) switch
                {
                    DBNull => "null",
                    DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
                    var value => Convert.ToString(value, CultureInfo.InvariantCulture)!,
                }).ToArray());
        }

        return rows;
    }

    private static async Task<DbConnection> OpenAsync(ITestDatabase database)
    {
        DbConnection connection = database.Provider == DatabaseProvider.Postgres
            ? new Npgsql.NpgsqlConnection(database.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
