using GraphApi.Events;
using GraphApi.Metrics;
using GraphApi.Persistence;
using GraphApi.Requests;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Metrics;

/// <summary>The demo history gives every metric something to measure, the same on every seed, with an outbox that tells the story in order.</summary>
public sealed class DemoHistoryTests
{
    [Fact]
    public async Task Every_metric_is_meaningful_and_the_same_on_every_seed()
    {
        var first = await SeedAsync();
        var second = await SeedAsync();

        var all = Assert.Single(first.Figures);
        Assert.Equal(DemoData.RequestCount, all.Requests);
        foreach (var rate in new[]
        {
            all.ExpectationsMetRate, all.ExpectationsMissedRate, all.RenegotiatedRate, all.WarnedBeforeDueRate, all.UpdateCadenceAdherence,
            all.PreferredChannelRate, all.ContactConsistency, all.RetrospectiveCoverage, all.ActionItemsDoneRate,
        })
        {
            Assert.InRange(rate!.Value, 0.01, 0.99);
        }

        Assert.NotNull(all.MedianTimeToFirstResponse);
        Assert.NotNull(all.MedianTimeToResolve);
        Assert.InRange(all.AverageCustomerRating!.Value, 1, 5);
        Assert.True(all.DistinctStaffPerCustomer > 1);
        Assert.True(all.EducationOpportunities > 0 && all.DecisionMix is { Accepted: > 0, Declined: > 0, Deferred: > 0, AlreadyAvailable: > 0 });
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first.Figures), System.Text.Json.JsonSerializer.Serialize(second.Figures));
        Assert.Equal(first.Events, second.Events);
    }

    [Fact]
    public async Task The_outbox_tells_each_request_s_story_in_time_order()
    {
        using var database = new TempDatabase();
        await using var db = database.CreateContext();
        await PersistenceExtensions.MigrateAsync(db);
        await DemoData.SeedIfEmptyAsync(db);
        await DemoHistory.AddAsync(db);

        var events = await db.Events.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var requests = await db.Requests.AsNoTracking().ToDictionaryAsync(r => r.Id);

        Assert.Equal(
            new[] { EventType.RequestStatusChanged, EventType.ExpectationStatusChanged, EventType.InteractionLogged, EventType.RetrospectiveRecorded, EventType.ExternalReferenceLinked, EventType.ExpectationAtRisk }.Order(),
            events.Select(e => e.Type).Distinct().Order());
        Assert.True(events.Zip(events.Skip(1)).All(pair => pair.First.OccurredAt <= pair.Second.OccurredAt));
        Assert.True(events.All(e => e.OccurredAt <= DemoData.Now));
        foreach (var request in requests.Values.Where(r => r.Status != RequestStatus.New))
        {
            var changes = events.Where(e => e.Type == EventType.RequestStatusChanged && e.EntityId == request.Id).ToList();
            Assert.Equal("NEW", changes[0].PreviousStatus);
            Assert.Equal(GraphApi.Api.EnumNames.Of(request.Status), changes[^1].Status);
            Assert.True(changes.Zip(changes.Skip(1)).All(pair => pair.First.Status == pair.Second.PreviousStatus));
        }
    }

    private static async Task<(IReadOnlyList<RelationshipMetricsGroup> Figures, List<string> Events)> SeedAsync()
    {
        using var database = new TempDatabase();
        await using var db = database.CreateContext();
        await PersistenceExtensions.MigrateAsync(db);
        await DemoData.SeedIfEmptyAsync(db);
        await DemoHistory.AddAsync(db);
        var figures = await RelationshipMetricsQuery.RunAsync(database.CreateContext, new MetricsCriteria(null, null, MetricsGroupBy.None, null, DemoData.Now), CancellationToken.None);
        var events = await db.Events.AsNoTracking().OrderBy(e => e.Sequence)
            .Select(e => $"{e.Type} {e.EntityType}:{e.EntityId} {e.PreviousStatus}->{e.Status} {e.OccurredAt:O}").ToListAsync();
        return (figures, events);
    }
}
