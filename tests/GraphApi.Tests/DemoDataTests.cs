using GraphApi.Expectations;
using GraphApi.Persistence;
using GraphApi.Requests;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Seeds_the_promised_counts_once_and_deterministically()
    {
        using var first = new TempDatabase();
        using var second = new TempDatabase();

        await SeedAsync(first);
        await SeedAsync(second);

        await using var context = first.CreateContext();
        Assert.Equal(DemoData.CustomerCount, await context.Customers.CountAsync());
        Assert.Equal(DemoData.StaffCount, await context.StaffMembers.CountAsync());
        Assert.Equal(DemoData.RequestCount, await context.Requests.CountAsync());
        Assert.True((await context.Customers.Select(c => c.BusinessUnit).Distinct().CountAsync()) >= 3);
        var statuses = await context.Requests.Select(r => r.Status).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<RequestStatus>().Order(), statuses.Order());
        var expectationStatuses = await context.Expectations.Select(e => e.Status).Distinct().ToListAsync();
        Assert.Contains(ExpectationStatus.AtRisk, expectationStatuses);
        Assert.Contains(ExpectationStatus.Missed, expectationStatuses);
        Assert.True(await context.Expectations.AnyAsync(e => e.ReplacedById != null));
        Assert.True(await context.Interactions.CountAsync() >= DemoData.RequestCount);
        Assert.True(await context.Retrospectives.AnyAsync(r => r.RequestId == null));
        Assert.True(await context.Retrospectives.AnyAsync(r => r.RequestId != null));
        Assert.True(await context.ExternalReferences.CountAsync() > 0);

        Assert.Equal(await DumpAsync(first), await DumpAsync(second));

        Assert.False(await DemoData.SeedIfEmptyAsync(context));
        Assert.Equal(DemoData.RequestCount, await context.Requests.CountAsync());
    }

    private static async Task SeedAsync(TempDatabase database)
    {
        await using var context = database.CreateContext();
        await PersistenceExtensions.MigrateAsync(context);
        Assert.True(await DemoData.SeedIfEmptyAsync(context));
    }

    private static async Task<List<string>> DumpAsync(TempDatabase database)
    {
        await using var context = database.CreateContext();
        var lines = new List<string>();
        lines.AddRange(await context.Customers.OrderBy(c => c.Id).Select(c => c.Name + c.Email + c.BusinessUnit + string.Join(",", c.PreferredChannels)).ToListAsync());
        lines.AddRange((await context.Requests.OrderBy(r => r.Id).ToListAsync()).Select(r =>
            $"{r.Number}|{r.Title}|{r.Status}|{r.Priority}|{r.CustomerId}|{r.OwnerId}|{r.Decision}|{r.CreatedAt:O}|{r.ResolvedAt:O}|{r.ClosedAt:O}|{r.Version}"));
        lines.AddRange((await context.Interactions.Include(i => i.Participants).OrderBy(i => i.Id).ToListAsync()).Select(i =>
            $"{i.RequestId}|{i.Channel}|{i.Kind}|{i.OccurredAt:O}|{i.OnPreferredChannel}|{string.Join(",", i.Participants.OrderBy(p => p.StaffMemberId).Select(p => $"{p.StaffMemberId}:{p.Role}"))}"));
        lines.AddRange((await context.Expectations.OrderBy(e => e.Id).ToListAsync()).Select(e => $"{e.RequestId}|{e.DueAt:O}|{e.Status}|{e.ReplacedById}"));
        lines.AddRange((await context.ExternalReferences.OrderBy(e => e.Id).ToListAsync()).Select(e => $"{e.RequestId}|{e.System}|{e.ExternalId}"));
        lines.AddRange((await context.Retrospectives.OrderBy(r => r.Id).ToListAsync()).Select(r => $"{r.RequestId}|{r.HeldAt:O}|{r.CustomerRating}"));
        return lines;
    }
}
