using System.Threading.Channels;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;

namespace GraphApi.GraphQL.Tests.Execution;

// Fan-out: subscribers alike (document, operation, variables, the host's key) share one execution and one payload per event.
public sealed class SharedSubscriptionTests
{
    private const string Sdl = """
        type Event { id: Int! label(prefix: String = ""): String! }
        type Query { unused: Int }
        type Subscription { events: Event! }
        """;

    private const string Query = "subscription ($prefix: String) { events { id label(prefix: $prefix) } }";

    private sealed class Broadcast
    {
        private readonly List<Channel<object?>> _subscribers = [];
        public int LabelsResolved;
        public TaskCompletionSource SlowLabelStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IAsyncEnumerable<object?> Subscribe(CancellationToken cancellationToken)
        {
            var channel = Channel.CreateUnbounded<object?>();
            lock (_subscribers)
            {
                _subscribers.Add(channel);
            }

            return channel.Reader.ReadAllAsync(cancellationToken);
        }

        // One object for every subscriber, as an event feed hands it out.
        public void Publish(int id)
        {
            var sourceEvent = new Dictionary<string, object?> { ["id"] = id };
            lock (_subscribers)
            {
                foreach (var subscriber in _subscribers)
                {
                    subscriber.Writer.TryWrite(sourceEvent);
                }
            }
        }

        public async ValueTask<object?> Label(IResolverContext context)
        {
            Interlocked.Increment(ref LabelsResolved);
            if (context.ContextData.ContainsKey("slow"))
            {
                SlowLabelStarted.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }

            return $"{context.Arguments["prefix"]}event {((IReadOnlyDictionary<string, object?>)context.Parent!)["id"]}";
        }
    }

    private static RequestExecutor Create(Broadcast broadcast, bool share = true)
    {
        var schema = SchemaBuilder.FromSdl(Sdl, new SdlBindings()
            .Subscribe("Subscription", "events", context => new ValueTask<IAsyncEnumerable<object?>>(broadcast.Subscribe(context.CancellationToken)))
            .Resolve("Event", "id", context => ((IReadOnlyDictionary<string, object?>)context.Parent!)["id"])
            .Resolve("Event", "label", broadcast.Label));
        var options = new ExecutionOptions();
        if (share)
        {
            options.SharedSubscriptionKey = request => request.ContextData?.TryGetValue("audience", out var audience) == true ? audience : null;
        }

        return new RequestExecutor(schema, options);
    }

    private static async Task<IAsyncEnumerator<OperationResult>> SubscribeAsync(
        RequestExecutor executor, string? audience, string? prefix = null, bool slow = false, CancellationToken cancellationToken = default)
    {
        var context = new Dictionary<string, object?>();
        if (audience is not null)
        {
            context["audience"] = audience;
        }

        if (slow)
        {
            context["slow"] = true;
        }

        var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(
            new ExecutionRequest
            {
                Query = Query,
                Variables = prefix is null ? null : new Dictionary<string, object?> { ["prefix"] = prefix },
                ContextData = context,
            },
            cancellationToken));
        return stream.GetAsyncEnumerator(cancellationToken);
    }

    private static async Task<OperationResult> NextAsync(IAsyncEnumerator<OperationResult> subscriber)
    {
        Assert.True(await subscriber.MoveNextAsync());
        return subscriber.Current;
    }

    [Fact]
    public async Task Subscribers_alike_get_one_execution_and_the_same_payload_per_event()
    {
        var broadcast = new Broadcast();
        var executor = Create(broadcast);
        var subscribers = new List<IAsyncEnumerator<OperationResult>>();
        for (var i = 0; i < 5; i++)
        {
            subscribers.Add(await SubscribeAsync(executor, "staff"));
        }

        broadcast.Publish(1);
        broadcast.Publish(2);
        foreach (var id in new[] { 1, 2 })
        {
            var results = new List<OperationResult>();
            foreach (var subscriber in subscribers)
            {
                results.Add(await NextAsync(subscriber));
            }

            var expected = "{\"data\":{\"events\":{\"id\":" + id + ",\"label\":\"event " + id + "\"}}}";
            Assert.All(results, result => Assert.Equal(expected, result.ToJson()));
            Assert.All(results, result => Assert.Same(results[0], result));
        }

        Assert.Equal(2, broadcast.LabelsResolved);
    }

    [Fact]
    public async Task Different_variables_or_keys_are_executed_apart_and_no_key_executes_per_subscriber()
    {
        var broadcast = new Broadcast();
        var executor = Create(broadcast);
        var staff = await SubscribeAsync(executor, "staff");
        var staffAgain = await SubscribeAsync(executor, "staff");
        var staffWithPrefix = await SubscribeAsync(executor, "staff", prefix: "> ");
        var customer = await SubscribeAsync(executor, "customer:7");
        var anonymous = await SubscribeAsync(executor, audience: null);
        var anonymousAgain = await SubscribeAsync(executor, audience: null);

        broadcast.Publish(1);
        var shared = await NextAsync(staff);
        Assert.Same(shared, await NextAsync(staffAgain));
        Assert.Equal("""{"data":{"events":{"id":1,"label":"> event 1"}}}""", (await NextAsync(staffWithPrefix)).ToJson());
        var forCustomer = await NextAsync(customer);
        Assert.NotSame(shared, forCustomer);
        Assert.Equal(shared.ToJson(), forCustomer.ToJson());
        Assert.NotSame(await NextAsync(anonymous), await NextAsync(anonymousAgain));

        // staff (shared), staff with a prefix, the customer, and each anonymous subscriber.
        Assert.Equal(5, broadcast.LabelsResolved);
    }

    [Fact]
    public async Task Without_the_option_every_subscriber_executes_the_event()
    {
        var broadcast = new Broadcast();
        var executor = Create(broadcast, share: false);
        var first = await SubscribeAsync(executor, "staff");
        var second = await SubscribeAsync(executor, "staff");

        broadcast.Publish(1);
        Assert.NotSame(await NextAsync(first), await NextAsync(second));
        Assert.Equal(2, broadcast.LabelsResolved);
    }

    [Fact]
    public async Task When_the_subscriber_executing_an_event_goes_away_the_others_execute_it_themselves()
    {
        var broadcast = new Broadcast();
        var executor = Create(broadcast);
        using var leaving = new CancellationTokenSource();
        var leaver = await SubscribeAsync(executor, "staff", slow: true, cancellationToken: leaving.Token);
        var stayer = await SubscribeAsync(executor, "staff");

        broadcast.Publish(1);
        var leaverNext = leaver.MoveNextAsync().AsTask();
        await broadcast.SlowLabelStarted.Task;
        var stayerNext = NextAsync(stayer);
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaverNext);
        Assert.Equal("""{"data":{"events":{"id":1,"label":"event 1"}}}""", (await stayerNext).ToJson());
        Assert.Equal(2, broadcast.LabelsResolved);
    }
}
