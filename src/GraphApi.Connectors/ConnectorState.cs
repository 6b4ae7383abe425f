using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace GraphApi.Connectors;

/// <summary>
/// The connector's SQLite file: the cursor of the last applied event, the ids of applied events (de-duplication), the event
/// being applied (so that after a kill it is checked against the target before it is pushed again) and changes that failed for good.
/// The cursor moves only in the transaction that records its event as applied.
/// </summary>
public sealed class ConnectorState : IDisposable
{
    // Enough to recognise any redelivery near the cursor; older ids can never come back once the cursor is past them.
    private const int RememberedEvents = 10_000;

    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    public ConnectorState(IOptions<ConnectorOptions> options)
    {
        var path = Path.GetFullPath(options.Value.StatePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            CREATE TABLE IF NOT EXISTS cursor (id INTEGER PRIMARY KEY CHECK (id = 1), value TEXT);
            CREATE TABLE IF NOT EXISTS applied_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, cursor TEXT NOT NULL, applied_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS in_flight (event_id TEXT PRIMARY KEY, started_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS failed_changes (event_id TEXT NOT NULL, system TEXT NOT NULL, external_id TEXT NOT NULL, state TEXT NOT NULL, error TEXT NOT NULL, failed_at TEXT NOT NULL);
            """);
    }

    /// <summary>Whether a cursor has been stored (null in state written by older versions that started before any event).</summary>
    public bool HasCursor => Scalar("SELECT COUNT(*) FROM cursor") is long count && count > 0;

    /// <summary>The cursor to resume after.</summary>
    public string? Cursor => Scalar("SELECT value FROM cursor WHERE id = 1") as string;

    /// <summary>Stores the starting cursor of a first run.</summary>
    public void Start(string? cursor) => Execute("INSERT INTO cursor (id, value) VALUES (1, $cursor) ON CONFLICT (id) DO NOTHING", ("$cursor", cursor));

    /// <summary>Whether the event was applied already (a redelivery).</summary>
    public bool IsApplied(string eventId) => Scalar("SELECT COUNT(*) FROM applied_events WHERE event_id = $id", ("$id", eventId)) is long count && count > 0;

    /// <summary>Marks the event as being applied; true when it already was, by a run that did not finish it.</summary>
    public bool BeginApplying(string eventId)
    {
        var unfinished = Scalar("SELECT COUNT(*) FROM in_flight WHERE event_id = $id", ("$id", eventId)) is long count && count > 0;
        Execute("INSERT INTO in_flight (event_id, started_at) VALUES ($id, $now) ON CONFLICT (event_id) DO NOTHING", ("$id", eventId), ("$now", Now()));
        return unfinished;
    }

    /// <summary>Records a change that failed for good, so that an operator can see it and act.</summary>
    public void RecordFailure(string eventId, StatusTarget target, string error) =>
        Execute("INSERT INTO failed_changes (event_id, system, external_id, state, error, failed_at) VALUES ($id, $system, $external, $state, $error, $now)",
            ("$id", eventId), ("$system", target.System.ToString()), ("$external", target.ExternalId), ("$state", target.State), ("$error", error), ("$now", Now()));

    /// <summary>The changes that failed for good, newest first.</summary>
    public IReadOnlyList<(string EventId, string System, string ExternalId, string State, string Error, string FailedAt)> Failures()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT event_id, system, external_id, state, error, failed_at FROM failed_changes ORDER BY rowid DESC";
        using var reader = command.ExecuteReader();
        var failures = new List<(string, string, string, string, string, string)>();
        while (reader.Read())
        {
            failures.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        return failures;
    }

    /// <summary>In one transaction: the event is applied, no longer in flight, and the cursor moves past it.</summary>
    public void Applied(StatusChange change)
    {
        using var transaction = _transaction = _connection.BeginTransaction();
        Execute("INSERT INTO applied_events (event_id, cursor, applied_at) VALUES ($id, $cursor, $now) ON CONFLICT (event_id) DO NOTHING", ("$id", change.Id), ("$cursor", change.Cursor), ("$now", Now()));
        Execute("DELETE FROM in_flight WHERE event_id = $id", ("$id", change.Id));
        Execute("INSERT INTO cursor (id, value) VALUES (1, $cursor) ON CONFLICT (id) DO UPDATE SET value = excluded.value", ("$cursor", change.Cursor));
        Execute($"DELETE FROM applied_events WHERE seq <= (SELECT MAX(seq) FROM applied_events) - {RememberedEvents}");
        transaction.Commit();
        _transaction = null;
    }

    public void Dispose() => _connection.Dispose();

    private static string Now() => DateTime.UtcNow.ToString("O");

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar();
    }

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
