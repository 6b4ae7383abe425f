using GraphApi.Metrics.Facts;
using GraphApi.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Benchmarks;

/// <summary>
/// The metrics benchmark's database: 200 customers, 20 staff, 100,000 requests over two years, about 3 interactions
/// each (with 1 to 2 participants), 1 to 2 expectations each with their events, a retrospective for one request in ten.
/// Deterministic; written with prepared INSERTs in one transaction (EF Core's change tracker would take minutes), in
/// EF Core's SQLite formats, with the metric facts derived after, and kept in the temp folder for the next run.
/// </summary>
internal static class MetricsBenchData
{
    public const int Requests = 100_000;
    private const int Customers = 200;
    private const int Staff = 20;
    private const int Version = 7;

    private static readonly string[] Channels = ["Email", "Phone", "Chat", "InPerson", "Video", "Meeting"];
    private static readonly string[] Kinds = ["Intake", "Clarification", "StatusUpdate", "StatusUpdate", "Education", "Resolution", "Feedback"];
    private static readonly string[] Decisions = ["Accepted", "Declined", "Deferred", "AlreadyAvailable"];
    private static readonly string[] ExpectationStatuses = ["Met", "Met", "Met", "Missed", "Renegotiated", "OnTrack", "AtRisk"];
    private static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<string> EnsureAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"graphapi-metrics-bench-v{Version}.db");
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building";
        File.Delete(building);
        var options = new DbContextOptionsBuilder<GraphApiDbContext>().UseSqlite(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()).Options;
        await using (var db = new GraphApiDbContext(options))
        {
            await PersistenceExtensions.MigrateAsync(db);
        }

        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            Fill(connection, transaction, new Random(100_000));
            await transaction.CommitAsync();
        }

        // The rows went in around EF Core, so the facts every save keeps are derived here in one go, as a migration does.
        var rebuild = System.Diagnostics.Stopwatch.StartNew();
        await using (var db = new GraphApiDbContext(options))
        {
            await MetricFacts.RebuildAsync(db);
        }

        Console.WriteLine($"// Metric facts of {Requests:N0} requests derived in {rebuild.Elapsed.TotalSeconds:F1} s");
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync();
        }

        File.Move(building, path);
        return path;
    }

    private static void Fill(SqliteConnection connection, SqliteTransaction transaction, Random random)
    {
        var staff = Insert(connection, transaction, "StaffMembers", ["Name", "Email", "Team"]);
        for (var s = 1; s <= Staff; s++)
        {
            staff([$"Staff {s}", $"staff{s}@it.example.com", s % 2 == 0 ? "Service Desk" : "Applications"]);
        }

        var customers = Insert(connection, transaction, "Customers", ["Name", "Email", "BusinessUnit", "PreferredChannels"]);
        var contacts = Insert(connection, transaction, "CustomerUsualContacts", ["CustomerId", "StaffMemberId"]);
        var preferred = new string[Customers + 1][];
        var usual = new int[Customers + 1][];
        for (var c = 1; c <= Customers; c++)
        {
            preferred[c] = Channels.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToArray();
            usual[c] = Enumerable.Range(1, Staff).OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToArray();
            customers([$"Customer {c}", $"customer{c}@example.com", $"Unit {c % 8}", "[" + string.Join(",", preferred[c].Select(p => $"\"{p}\"")) + "]"]);
            foreach (var s in usual[c])
            {
                contacts([c, s]);
            }
        }

        var requests = Insert(connection, transaction, "Requests", ["Number", "Title", "Priority", "Status", "CustomerId", "OwnerId", "Decision", "KnowledgeLink", "CreatedAt", "FirstResponseAt", "ResolvedAt", "Version"]);
        var interactions = Insert(connection, transaction, "Interactions", ["CustomerId", "RequestId", "Channel", "Direction", "Kind", "Summary", "OccurredAt", "OnPreferredChannel"]);
        var participants = Insert(connection, transaction, "InteractionParticipants", ["InteractionId", "StaffMemberId", "Role", "Position"]);
        var expectations = Insert(connection, transaction, "Expectations", ["RequestId", "Deliverable", "DueAt", "UpdateCadence", "Status"]);
        var events = Insert(connection, transaction, "Events", ["Id", "Type", "EntityType", "EntityId", "RequestId", "CustomerId", "PreviousStatus", "Status", "Actor", "OccurredAt"]);
        var retrospectives = Insert(connection, transaction, "Retrospectives", ["RequestId", "HeldAt", "CustomerPerspective", "CustomerRating"]);
        var actionItems = Insert(connection, transaction, "ActionItems", ["RetrospectiveId", "Text", "Done"]);
        long interactionId = 0, expectationId = 0, retrospectiveId = 0;
        for (var r = 1; r <= Requests; r++)
        {
            var customer = 1 + random.Next(Customers);
            var owner = random.Next(10) == 0 ? (int?)null : 1 + random.Next(Staff);
            var created = Start.AddMinutes(random.Next(0, 60 * 24 * 730));
            var resolved = random.Next(10) < 7 ? created.AddMinutes(random.Next(60, 60 * 24 * 20)) : (DateTime?)null;
            var decision = random.Next(3) == 0 ? null : Decisions[random.Next(Decisions.Length)];
            requests([$"REQ-{r:D6}", $"Request {r}", "Medium", resolved is null ? "InProgress" : "Resolved", customer, owner, decision,
                decision == "AlreadyAvailable" ? "https://kb.example.com/1" : null, created, created.AddMinutes(random.Next(5, 600)), resolved, 1]);

            var at = created;
            for (var n = 1 + random.Next(5); n > 0; n--)
            {
                var channel = random.Next(4) == 0 ? Channels[random.Next(Channels.Length)] : preferred[customer][random.Next(preferred[customer].Length)];
                interactions([customer, r, channel, "Outbound", Kinds[random.Next(Kinds.Length)], "bench", at, preferred[customer].Contains(channel)]);
                interactionId++;
                var lead = random.Next(3) == 0 ? usual[customer][0] : owner ?? 1;
                participants([interactionId, lead, "Lead", 0]);
                var listener = Staff - random.Next(3);
                if (random.Next(3) == 0 && listener != lead)
                {
                    participants([interactionId, listener, "Listener", 1]);
                }

                at = at.AddMinutes(random.Next(30, 60 * 36));
            }

            for (var n = 1 + random.Next(2); n > 0; n--)
            {
                var status = ExpectationStatuses[random.Next(ExpectationStatuses.Length)];
                var due = created.AddMinutes(random.Next(60 * 4, 60 * 24 * 14));
                expectations([r, "bench", due, random.Next(4) == 0 ? null : (object)TimeSpan.FromHours(random.Next(2) == 0 ? 24 : 48), status]);
                expectationId++;
                events([Guid.NewGuid().ToString().ToUpperInvariant(), "ExpectationStatusChanged", "Expectation", expectationId, r, customer, null, "ON_TRACK", "bench", created]);
                if (random.Next(2) == 0)
                {
                    events([Guid.NewGuid().ToString().ToUpperInvariant(), "ExpectationAtRisk", "Expectation", expectationId, r, customer, "ON_TRACK", "AT_RISK", "bench", due.AddHours(-random.Next(-12, 30))]);
                }
            }

            if (random.Next(10) == 0)
            {
                retrospectives([r, created.AddDays(random.Next(1, 30)), random.Next(3) == 0 ? null : "Would have liked to know earlier.", 1 + random.Next(5)]);
                retrospectiveId++;
                for (var n = random.Next(3); n > 0; n--)
                {
                    actionItems([retrospectiveId, "do better", random.Next(2) == 0]);
                }
            }
        }
    }

    // A prepared INSERT into table; each call writes one row.
    private static Action<object?[]> Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i })).ToArray();
        command.Prepare();
        return values =>
        {
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    DateTime instant => instant.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('.'),
                    TimeSpan span => span.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
                    bool flag => flag ? 1 : 0,
                    var value => value,
                };
            }

            command.ExecuteNonQuery();
        };
    }
}
