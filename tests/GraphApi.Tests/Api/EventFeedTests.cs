using GraphApi.Events;
using GraphApi.GraphQL;
using GraphApi.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphApi.Tests.Api;

public class EventFeedTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<string> NewRequestAsync(string key, int customer)
    {
        var created = await api.GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", customer)}}", title: "Feed" }) { request { id } } }""");
        return created.Ok().Text("data.createRequest.request.id");
    }

    private Task Change(string key, string id, string status) =>
        api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{id}}", status: {{status}} }) { errors { code } } }""");

    [ApiFact]
    public async Task A_subscriber_that_falls_behind_is_told_SUBSCRIBER_TOO_SLOW_after_what_it_was_sent()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var feed = new EventFeed(api.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<EventFeed>.Instance) { QueueCapacity = 2, PollInterval = TimeSpan.FromMilliseconds(50) };
        await feed.StartAsync(CancellationToken.None);
        try
        {
            var id = await NewRequestAsync(key, 2);
            await Change(key, id, "TRIAGED");
            var head = (await feed.ReadAsync(new EventFilter(), 0, int.MaxValue, CancellationToken.None)).Max(e => e.Sequence);
            await using var events = feed.SubscribeAsync(new EventFilter(), head, CancellationToken.None).GetAsyncEnumerator();
            var first = events.MoveNextAsync().AsTask();
            await Change(key, id, "IN_PROGRESS");
            Assert.True(await first);

            foreach (var status in new[] { "WAITING_ON_CUSTOMER", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "IN_PROGRESS", "WAITING_ON_CUSTOMER" })
            {
                await Change(key, id, status);
            }

            await Task.Delay(500);
            var received = new List<string?>();
            var error = await Assert.ThrowsAsync<GraphQLException>(async () =>
            {
                while (await events.MoveNextAsync())
                {
                    received.Add(events.Current.Status);
                }
            });

            Assert.Equal(EventFeed.SubscriberTooSlow, error.Errors[0].Extensions!["code"]);
            Assert.Equal(["WAITING_ON_CUSTOMER", "IN_PROGRESS"], received);
        }
        finally
        {
            await feed.StopAsync(CancellationToken.None);
        }
    }

    [ApiFact]
    public async Task A_subscriber_ahead_of_the_delivery_loop_is_not_charged_for_events_before_its_cursor()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var feed = new EventFeed(api.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<EventFeed>.Instance) { QueueCapacity = 2, PollInterval = TimeSpan.FromHours(1) };
        await feed.StartAsync(CancellationToken.None);
        try
        {
            var id = await NewRequestAsync(key, 3);
            foreach (var status in new[] { "TRIAGED", "IN_PROGRESS", "WAITING_ON_CUSTOMER" })
            {
                await Change(key, id, status);
            }

            var head = (await feed.ReadAsync(new EventFilter(), 0, int.MaxValue, CancellationToken.None)).Max(e => e.Sequence);
            await using var events = feed.SubscribeAsync(new EventFilter(), head, CancellationToken.None).GetAsyncEnumerator();
            var next = events.MoveNextAsync().AsTask();
            while (feed.SubscriberCount == 0)
            {
                await Task.Yield();
            }

            feed.Notify();
            await Change(key, id, "IN_PROGRESS");
            feed.Notify();

            Assert.True(await next);
            Assert.Equal("IN_PROGRESS", events.Current.Status);
            Assert.True(events.Current.Sequence > head);
        }
        finally
        {
            await feed.StopAsync(CancellationToken.None);
        }
    }

    [ApiFact]
    public async Task A_customer_key_reads_only_its_own_events()
    {
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var mine = await NewRequestAsync(staff, 4);
        var theirs = await NewRequestAsync(staff, 5);
        await Change(staff, mine, "TRIAGED");
        await Change(staff, theirs, "TRIAGED");
        var customer = await api.KeyAsync(ApiKeyRole.Customer, 4);

        var own = (await api.GraphQLAsync(customer, "{ events(first: 500) { nodes { request { id customer { id } } } } }")).Ok();
        var all = (await api.GraphQLAsync(staff, "{ events(first: 500) { nodes { request { id } } } }")).Ok();

        var ownRequests = own.At("data.events.nodes").EnumerateArray().Select(e => e.Text("request.id")).Distinct().ToList();
        Assert.Equal([mine], ownRequests);
        Assert.Contains(theirs, all.At("data.events.nodes").EnumerateArray().Select(e => e.Text("request.id")));
    }

    [ApiFact]
    public async Task A_subscription_without_after_gets_only_what_commits_after_it_starts()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);
        var id = await NewRequestAsync(key, 2);
        await Change(key, id, "TRIAGED");
        var feed = api.Services.GetRequiredService<EventFeed>();
        var open = feed.SubscriberCount;

        await using var events = feed.SubscribeAsync(new EventFilter(), null, CancellationToken.None).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        while (feed.SubscriberCount == open)
        {
            await Task.Yield();
        }

        await Change(key, id, "IN_PROGRESS");

        Assert.True(await next);
        Assert.Equal((EventType.RequestStatusChanged, "TRIAGED", "IN_PROGRESS"), (events.Current.Type, events.Current.PreviousStatus, events.Current.Status));
    }

    [ApiFact]
    public async Task Events_last_gives_the_newest_events_oldest_first_and_the_cursor_to_follow_from()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var id = await NewRequestAsync(admin, 1);
        await Change(admin, id, "TRIAGED");
        await Change(admin, id, "IN_PROGRESS");

        var newest = (await api.GraphQLAsync(key, "{ events(last: 2, types: [REQUEST_STATUS_CHANGED]) { nodes { status cursor } pageInfo { hasNextPage endCursor } } }")).Ok().At("data.events");
        var cursor = newest.Text("pageInfo.endCursor");
        var nothingNewer = (await api.GraphQLAsync(key, $$"""{ events(after: "{{cursor}}", last: 5) { nodes { id } pageInfo { endCursor } } }""")).Ok().At("data.events");
        var start = (await api.GraphQLAsync(key, "{ events(first: 0) { pageInfo { endCursor } } }")).Ok().Text("data.events.pageInfo.endCursor");
        var both = await api.GraphQLAsync(key, "{ events(first: 1, last: 1) { nodes { id } } }");
        var none = await api.GraphQLAsync(key, "{ events(last: 0) { nodes { id } } }");

        Assert.Equal(["TRIAGED", "IN_PROGRESS"], newest.At("nodes").EnumerateArray().Select(n => n.Text("status")));
        Assert.Equal(newest.Text("nodes.1.cursor"), cursor);
        Assert.False(newest.At("pageInfo.hasNextPage").GetBoolean());
        Assert.Empty(nothingNewer.At("nodes").EnumerateArray());
        Assert.Equal(cursor, nothingNewer.Text("pageInfo.endCursor"));
        Assert.Equal(EventCursor.Start, start);
        Assert.Equal(0, EventCursor.Decode(start));
        Assert.Equal(["PAGING_FIRST_AND_LAST"], both.Codes());
        Assert.Equal(["PAGING_MAX_SIZE_EXCEEDED"], none.Codes());
    }

    [ApiFact]
    public async Task The_events_query_pages_with_the_subscription_cursors()
    {
        var key = await api.KeyAsync(ApiKeyRole.Connector);
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var id = await NewRequestAsync(admin, 1);
        foreach (var status in new[] { "TRIAGED", "IN_PROGRESS", "RESOLVED" })
        {
            await Change(admin, id, status);
        }

        var page1 = (await api.GraphQLAsync(key, "{ events(first: 2, types: [REQUEST_STATUS_CHANGED]) { edges { cursor node { cursor status } } pageInfo { hasNextPage endCursor } } }")).Ok().At("data.events");
        var after = page1.Text("pageInfo.endCursor");
        var page2 = (await api.GraphQLAsync(key, $$"""{ events(first: 100, after: "{{after}}", types: [REQUEST_STATUS_CHANGED]) { nodes { status } pageInfo { hasNextPage endCursor } } }""")).Ok().At("data.events");
        var bad = await api.GraphQLAsync(key, """{ events(after: "nope") { nodes { id } } }""");

        Assert.True(page1.At("pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(page1.Text("edges.1.cursor"), page1.Text("edges.1.node.cursor"));
        Assert.Equal(after, page1.Text("edges.1.cursor"));
        Assert.False(page2.At("pageInfo.hasNextPage").GetBoolean());
        Assert.Equal("RESOLVED", page2.At("nodes").EnumerateArray().Last().Text("status"));
        Assert.Equal(["INVALID_CURSOR"], bad.Codes());
    }
}
