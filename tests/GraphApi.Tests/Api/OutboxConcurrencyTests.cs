using GraphApi.Events;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Api;

public class OutboxConcurrencyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const int Writers = 20;
    private const int ChangesPerWriter = 50;

    [ApiFact]
    public async Task Twenty_parallel_writers_give_a_gapless_outbox_that_a_subscriber_sees_whole()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var requests = new List<string>();
        for (var i = 0; i < Writers; i++)
        {
            var id = (await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 1 + (i % 5))}}", title: "Writer {{i}}" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");
            foreach (var status in new[] { "TRIAGED", "IN_PROGRESS" })
            {
                await api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{id}}", status: {{status}} }) { errors { code } } }""");
            }

            requests.Add(id);
        }

        await using var before = api.Database.CreateContext();
        var start = await before.Events.MaxAsync(e => e.Sequence);
        var feed = api.Services.GetRequiredService<EventFeed>();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var received = new List<DomainEvent>();
        var subscriber = Task.Run(async () =>
        {
            await foreach (var e in feed.SubscribeAsync(new EventFilter(), start, stop.Token))
            {
                received.Add(e);
                if (received.Count == Writers * ChangesPerWriter)
                {
                    break;
                }
            }
        });

        var writers = requests.Select(id => Task.Run(async () =>
        {
            for (var change = 0; change < ChangesPerWriter; change++)
            {
                var status = change % 2 == 0 ? "WAITING_ON_CUSTOMER" : "IN_PROGRESS";
                var result = await api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{id}}", status: {{status}} }) { errors { code message } } }""");
                Assert.Empty(result.Ok().Codes("data.changeRequestStatus.errors"));
            }
        }));
        await Task.WhenAll(writers);
        await subscriber;

        await using var db = api.Database.CreateContext();
        var sequences = await db.Events.Where(e => e.Sequence > start).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Writers * ChangesPerWriter, sequences.Count);
        Assert.Equal(Enumerable.Range(0, sequences.Count).Select(i => start + 1 + i), sequences);
        Assert.Equal(sequences, received.Select(e => e.Sequence));
        Assert.Equal(received.Count, received.Select(e => e.Id).Distinct().Count());
        foreach (var perRequest in received.GroupBy(e => e.RequestId))
        {
            Assert.Equal(ChangesPerWriter, perRequest.Count());
            Assert.All(perRequest.Zip(perRequest.Skip(1)), pair => Assert.Equal(pair.First.Status, pair.Second.PreviousStatus));
        }
    }
}
