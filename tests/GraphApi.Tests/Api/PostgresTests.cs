using System.Net.WebSockets;
using System.Text.Json;
using GraphApi.Events;
using GraphApi.Persistence;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Api;

/// <summary>What only PostgreSQL has: commit-ordered events and several instances on one database.</summary>
public sealed class PostgresTests : IRunsOnPostgres, IDisposable
{
    private readonly PostgresTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [ApiFact]
    public async Task Event_writers_commit_in_sequence_order_and_readers_never_see_a_later_one_first()
    {
        await using (var setup = ((ITestDatabase)_database).CreateContext())
        {
            await PersistenceExtensions.MigrateAsync(setup);
        }

        await using var first = ((ITestDatabase)_database).CreateContext();
        await using var firstTransaction = await Outbox.BeginAsync(first, CancellationToken.None);
        first.Events.Add(NewEvent("first"));
        await first.SaveChangesAsync();

        var second = Task.Run(async () =>
        {
            await using var db = ((ITestDatabase)_database).CreateContext();
            await using var transaction = await Outbox.BeginAsync(db, CancellationToken.None);
            db.Events.Add(NewEvent("second"));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        await Task.Delay(500);
        Assert.False(second.IsCompleted, "A second event writer must wait for the first to commit.");
        await using (var reader = ((ITestDatabase)_database).CreateContext())
        {
            Assert.Empty(await reader.Events.ToListAsync());
        }

        await firstTransaction.CommitAsync();
        await second;
        await using var check = ((ITestDatabase)_database).CreateContext();
        Assert.Equal(["first", "second"], await check.Events.OrderBy(e => e.Sequence).Select(e => e.Actor).ToListAsync());
    }

    [ApiFact]
    public async Task A_subscriber_on_one_instance_sees_changes_made_through_another_and_resumes_after_a_restart()
    {
        using var a = new SharedPostgresApiFactory(_database);
        var b = new SharedPostgresApiFactory(_database);
        var admin = await a.KeyAsync(ApiKeyRole.Admin);
        var connector = await a.KeyAsync(ApiKeyRole.Connector);
        var requestId = (await a.GraphQLAsync(admin, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 1)}}", title: "Two instances" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");

        string cursor;
        using (var socket = await SubscribeAsync(b, connector, requestId, await a.HeadCursorAsync()))
        {
            await ChangeAsync(a, admin, requestId, "TRIAGED");
            var live = await NextAsync(socket);
            Assert.Equal(("NEW", "TRIAGED"), (live.Text("previousStatus"), live.Text("status")));
            cursor = live.Text("cursor");
        }

        b.Dispose();
        foreach (var status in new[] { "IN_PROGRESS", "WAITING_ON_CUSTOMER", "IN_PROGRESS" })
        {
            await ChangeAsync(a, admin, requestId, status);
        }

        using var restarted = new SharedPostgresApiFactory(_database);
        using var resumed = await SubscribeAsync(restarted, connector, requestId, cursor);
        var missed = new[] { await NextAsync(resumed), await NextAsync(resumed), await NextAsync(resumed) };
        Assert.Equal(["IN_PROGRESS", "WAITING_ON_CUSTOMER", "IN_PROGRESS"], missed.Select(e => e.Text("status")));
        await ChangeAsync(a, admin, requestId, "RESOLVED");
        Assert.Equal("RESOLVED", (await NextAsync(resumed)).Text("status"));
    }

    [ApiFact]
    public async Task Parallel_writers_on_two_instances_give_every_event_once_in_sequence_order_without_gaps()
    {
        using var a = new SharedPostgresApiFactory(_database);
        using var b = new SharedPostgresApiFactory(_database);
        var key = await a.KeyAsync(ApiKeyRole.Staff);
        var requests = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var id = (await a.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 1)}}", title: "W{{i}}" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");
            await ChangeAsync(a, key, id, "TRIAGED");
            await ChangeAsync(a, key, id, "IN_PROGRESS");
            requests.Add(id);
        }

        await using var before = ((ITestDatabase)_database).CreateContext();
        var start = await before.Events.MaxAsync(e => e.Sequence);
        var feed = b.Services.GetRequiredService<EventFeed>();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var received = new List<DomainEvent>();
        var subscriber = Task.Run(async () =>
        {
            await foreach (var e in feed.SubscribeAsync(new EventFilter(), start, stop.Token))
            {
                received.Add(e);
                if (received.Count == 1000)
                {
                    break;
                }
            }
        });

        await Task.WhenAll(requests.Select((id, i) => Task.Run(async () =>
        {
            var instance = i % 2 == 0 ? a : b;
            for (var change = 0; change < 50; change++)
            {
                await ChangeAsync(instance, key, id, change % 2 == 0 ? "WAITING_ON_CUSTOMER" : "IN_PROGRESS");
            }
        })));
        await subscriber;

        await using var db = ((ITestDatabase)_database).CreateContext();
        var committed = await db.Events.Where(e => e.Sequence > start).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(1000, committed.Count);
        Assert.Equal(committed, received.Select(e => e.Sequence));
        Assert.Equal(1000, received.Select(e => e.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => committed[0] + i), committed);
    }

    private static DomainEvent NewEvent(string actor) =>
        new() { Type = EventType.RequestStatusChanged, EntityType = "Request", EntityId = 1, Actor = actor, OccurredAt = DateTime.UtcNow };

    private static async Task ChangeAsync(ApiFactory api, string key, string id, string status)
    {
        var result = await api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{id}}", status: {{status}} }) { errors { code } } }""");
        Assert.Empty(result.Ok().Codes("data.changeRequestStatus.errors"));
    }

    private static async Task<WebSocket> SubscribeAsync(ApiFactory api, string key, string requestId, string after)
    {
        var socket = await GraphQLSocket.OpenAsync(api, key);
        await GraphQLSocket.SendAsync(socket, new
        {
            id = "1",
            type = "subscribe",
            payload = new { query = "subscription($id: ID, $after: String) { requestStatusChanged(requestId: $id, after: $after) { cursor previousStatus status } }", variables = new { id = requestId, after } },
        });
        return socket;
    }

    private static async Task<JsonElement> NextAsync(WebSocket socket) =>
        (await GraphQLSocket.NextPayloadAsync(socket)).At("data.requestStatusChanged");

    /// <summary>One more GraphApi instance on the shared database (its own host, event feed and LISTEN connection).</summary>
    private sealed class SharedPostgresApiFactory(ITestDatabase database) : ApiFactory(new SharedDatabase(database))
    {
        private sealed class SharedDatabase(ITestDatabase inner) : ITestDatabase
        {
            public DatabaseProvider Provider => inner.Provider;

            public string ConnectionString => inner.ConnectionString;

            public void Dispose()
            {
            }
        }
    }
}
