using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;

namespace GraphApi.GraphQL.Tests.Execution;

// Spec §6.2.3 Subscription: the source stream's lifetime follows the consumer's.
public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Event { id: Int! label: String! }
        type Query { unused: Int }
        type Subscription { events: Event! refused: Int }
        """;

    private sealed class Source
    {
        public int Started;
        public int Released;

        public async IAsyncEnumerable<object?> Events([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Started);
            try
            {
                for (var i = 1; ; i++)
                {
                    await Task.Delay(1, cancellationToken);
                    yield return new Dictionary<string, object?> { ["id"] = i, ["label"] = i == 2 ? null : "event " + i };
                }
            }
            finally
            {
                Interlocked.Increment(ref Released);
            }
        }
    }

    private static RequestExecutor Create(Source source) => new(SchemaBuilder.FromSdl(Sdl, new SdlBindings()
        .Subscribe("Subscription", "events", context => new ValueTask<IAsyncEnumerable<object?>>(source.Events(context.CancellationToken)))
        .Subscribe("Subscription", "refused", _ => throw new GraphQLException("Not allowed to listen.", "FORBIDDEN"))));

    [Fact]
    public async Task Each_event_is_executed_like_a_query_on_the_event_with_its_own_errors()
    {
        var source = new Source();
        var stream = Assert.IsType<ResponseStream>(await Create(source).ExecuteAsync(new ExecutionRequest { Query = "subscription { events { id label } }" }));
        var results = new List<string>();
        await foreach (var result in stream)
        {
            results.Add(result.ToJson());
            if (results.Count == 3)
            {
                break;
            }
        }

        Assert.Equal(
            [
                """{"data":{"events":{"id":1,"label":"event 1"}}}""",
                """{"errors":[{"message":"Cannot return null for non-nullable field Event.label.","locations":[{"line":1,"column":28}],"path":["events","label"]}],"data":null}""",
                """{"data":{"events":{"id":3,"label":"event 3"}}}""",
            ],
            results);
    }

    [Fact]
    public async Task Stopping_the_enumeration_releases_the_source_stream()
    {
        var source = new Source();
        var stream = (ResponseStream)await Create(source).ExecuteAsync(new ExecutionRequest { Query = "subscription { events { id } }" });
        await foreach (var _ in stream)
        {
            break;
        }

        Assert.Equal(1, source.Started);
        Assert.Equal(1, source.Released);
    }

    [Fact]
    public async Task Cancelling_the_request_ends_the_stream_and_releases_the_source()
    {
        var source = new Source();
        using var cancellation = new CancellationTokenSource();
        var stream = (ResponseStream)await Create(source).ExecuteAsync(new ExecutionRequest { Query = "subscription { events { id } }" }, cancellation.Token);
        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in stream)
            {
                if (++received == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(2, received);
        Assert.Equal(1, source.Released);
    }

    [Fact]
    public async Task A_subscribe_resolver_that_throws_gives_one_result_without_data()
    {
        var result = Assert.IsType<OperationResult>(await Create(new Source()).ExecuteAsync(new ExecutionRequest { Query = "subscription { refused }" }));
        Assert.Equal(
            """{"errors":[{"message":"Not allowed to listen.","locations":[{"line":1,"column":16}],"path":["refused"],"extensions":{"code":"FORBIDDEN"}}]}""",
            result.ToJson());
    }

    [Fact]
    public async Task An_invalid_subscription_is_rejected_before_the_source_starts()
    {
        var source = new Source();
        var result = Assert.IsType<OperationResult>(await Create(source).ExecuteAsync(new ExecutionRequest { Query = "subscription { events { id } refused }" }));
        Assert.Equal(
            """{"errors":[{"message":"Anonymous Subscription must select only one top level field.","locations":[{"line":1,"column":30}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""",
            result.ToJson());
        Assert.Equal(0, source.Started);
    }
}
