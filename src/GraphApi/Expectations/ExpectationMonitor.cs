using GraphApi.Events;
using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Expectations;

/// <summary>When the monitor warns, and how often it looks.</summary>
public sealed class ExpectationMonitorOptions
{
    /// <summary>Whether the monitor runs in the background (tests switch it off and scan with their own clock).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long before the due time an open, ON_TRACK expectation is raised as AT_RISK (default a day).</summary>
    public TimeSpan AtRiskLeadTime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often open expectations are checked (default a minute).</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Says so before the time is up: raises <c>EXPECTATION_AT_RISK</c> (and moves the expectation to AT_RISK) when an
/// ON_TRACK one comes within the lead time of its due time, <c>STATUS_UPDATE_DUE</c> when its update cadence has
/// passed without a status update, and marks it MISSED (an <c>EXPECTATION_STATUS_CHANGED</c> event) once the due
/// time has passed. Each is raised once. The clock is injected, so tests move time instead of sleeping.
/// </summary>
public sealed class ExpectationMonitor(IServiceScopeFactory scopes, EventFeed feed, TimeProvider clock, ExpectationMonitorOptions options, ILogger<ExpectationMonitor> logger) : BackgroundService
{
    public const string Actor = "system:expectation-monitor";

    /// <summary>Checks every open expectation once; returns how many events it raised.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        var atRiskFrom = now + options.AtRiskLeadTime;
        var open = await db.Expectations.Include(e => e.Request)
            .Where(e => (e.Status == ExpectationStatus.OnTrack || e.Status == ExpectationStatus.AtRisk)
                && (e.DueAt <= atRiskFrom || e.UpdateCadence != null))
            .ToListAsync(cancellationToken);
        var raised = 0;
        foreach (var expectation in open)
        {
            raised += Check(db, expectation, now);
        }

        if (raised > 0)
        {
            await using var transaction = await Outbox.BeginAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            feed.Notify();
        }

        return raised;
    }

    private int Check(GraphApiDbContext db, Expectation expectation, DateTime now)
    {
        var customerId = expectation.Request!.CustomerId;
        var previous = expectation.Status;
        if (now >= expectation.DueAt)
        {
            expectation.Status = ExpectationStatus.Missed;
            Outbox.ExpectationStatusChanged(db, expectation, customerId, previous, Actor, now, note: "The due time passed before it was met.");
            return 1;
        }

        var raised = 0;
        if (previous == ExpectationStatus.OnTrack && expectation.AtRiskRaisedAt is null && now >= expectation.DueAt - options.AtRiskLeadTime)
        {
            expectation.Status = ExpectationStatus.AtRisk;
            expectation.AtRiskRaisedAt = now;
            Outbox.ExpectationStatusChanged(db, expectation, customerId, previous, Actor, now, EventType.ExpectationAtRisk, $"Due at {expectation.DueAt:u} and not met yet.");
            raised++;
        }

        if (expectation.UpdateCadence is { } cadence && expectation.LastUpdateAt is { } lastUpdate
            && now >= lastUpdate + cadence && !(expectation.UpdateDueRaisedAt >= lastUpdate + cadence))
        {
            expectation.UpdateDueRaisedAt = now;
            Outbox.ExpectationStatusChanged(db, expectation, customerId, null, Actor, now, EventType.StatusUpdateDue, $"No status update since {lastUpdate:u}; the customer expects one every {cadence}.");
            raised++;
        }

        return raised;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (options.Enabled && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Checking expectations failed; trying again at the next scan");
            }

            await Task.Delay(options.ScanInterval, clock, stoppingToken);
        }
    }
}
