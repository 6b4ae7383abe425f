using System.Diagnostics;
using GraphApi.Events;
using GraphApi.Integrations.Webhooks;
using GraphApi.Persistence;
using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Integrations.Webhooks;

/// <summary>The real server in a process of its own, killed with SIGKILL mid-delivery and started again: nothing is lost, order holds.</summary>
public class WebhookCrashTests : IDisposable
{
    private const int EventsBefore = 4;
    private const int EventsAfter = 4;

    private readonly ITestDatabase _database;

    public WebhookCrashTests()
        : this(new TempDatabase())
    {
    }

    protected WebhookCrashTests(ITestDatabase database) => _database = database;

    public void Dispose() => _database.Dispose();

    [ApiFact]
    public async Task Killing_the_server_mid_delivery_loses_nothing_and_the_restarted_one_resumes_in_order()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Secret = "crash-test-secret-0123456789";
        var hang = new TaskCompletionSource<IResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var answered = new List<string>();
        receiver.Respond = delivery =>
        {
            // The last event before the kill is received but never answered: the server dies waiting for it.
            if (receiver.Received.Count == EventsBefore)
            {
                return hang.Task;
            }

            lock (answered)
            {
                answered.Add(delivery.EventId);
            }

            return Task.FromResult(Results.Ok());
        };

        await using (var db = _database.CreateContext())
        {
            await PersistenceExtensions.MigrateAsync(db);
            db.WebhookSubscriptions.Add(new WebhookSubscription
            {
                Url = receiver.Url,
                EventTypeNames = nameof(EventType.RequestStatusChanged),
                Secret = receiver.Secret,
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var written = await WriteEventsAsync(EventsBefore);
        var first = StartServer();
        try
        {
            await receiver.WaitForCountAsync(EventsBefore, TimeSpan.FromSeconds(90));
            first.Kill();
            await first.WaitForExitAsync();
        }
        finally
        {
            first.Dispose();
        }

        hang.SetResult(Results.Ok());
        written.AddRange(await WriteEventsAsync(EventsAfter));
        using var second = StartServer();
        try
        {
            await receiver.WaitForAsync(_ => Answered().Count == EventsBefore + EventsAfter, TimeSpan.FromSeconds(90));
            await Task.Delay(500);
        }
        finally
        {
            second.Kill();
            await second.WaitForExitAsync();
        }

        // Every event was answered exactly once, in commit order; only the one in flight at the kill arrived twice.
        Assert.Equal(written.Select(e => e.ToString()), Answered());
        Assert.Equal(EventsBefore + EventsAfter + 1, receiver.Received.Count);
        Assert.Equal(receiver.Received[EventsBefore - 1].EventId, receiver.Received[EventsBefore].EventId);
        Assert.All(receiver.Received, d => Assert.True(d.SignatureValid));
        await using var check = _database.CreateContext();
        var subscription = await check.WebhookSubscriptions.SingleAsync();
        Assert.Equal(await check.Events.MaxAsync(e => e.Sequence), subscription.Position);

        List<string> Answered()
        {
            lock (answered)
            {
                return answered.ToList();
            }
        }
    }

    private async Task<List<Guid>> WriteEventsAsync(int count)
    {
        var ids = new List<Guid>();
        await using var db = _database.CreateContext();
        for (var i = 0; i < count; i++)
        {
            await using var transaction = await Outbox.BeginAsync(db, CancellationToken.None);
            var e = new DomainEvent { Type = EventType.RequestStatusChanged, EntityType = "Request", EntityId = 1, Status = "TRIAGED", Actor = "test:crash", OccurredAt = DateTime.UtcNow };
            db.Events.Add(e);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            ids.Add(e.Id);
        }

        return ids;
    }

    private Process StartServer()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "GraphApi.dll"), "--no-demo", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Database__Provider"] = _database.Provider.ToString();
        start.Environment["ConnectionStrings__GraphApi"] = _database.ConnectionString;
        start.Environment["Expectations__Enabled"] = "false";
        start.Environment["Webhooks__AllowLoopbackTargets"] = "true";
        start.Environment["Webhooks__PollInterval"] = "00:00:00.200";
        start.Environment["Webhooks__LeaseDuration"] = "00:00:03";
        start.Environment["Webhooks__RequestTimeout"] = "00:00:02";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}

public sealed class WebhookCrashTestsOnPostgres() : WebhookCrashTests(new PostgresTestDatabase()), IRunsOnPostgres;
