using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GraphApi.GraphQL;
using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphApi.Events;

/// <summary>
/// Delivers outbox events to subscribers. One loop reads each new event once and hands it to every matching
/// subscriber's bounded queue, so a slow subscriber never stalls the others; one that falls
/// <see cref="QueueCapacity"/> events behind is ended with <c>SUBSCRIBER_TOO_SLOW</c> and resumes from its last cursor.
/// A subscriber with a cursor first replays the outbox after it, then continues live, skipping what it already had:
/// no gap and no duplicate at the seam.
/// </summary>
public sealed class EventFeed(IServiceScopeFactory scopes, ILogger<EventFeed> logger) : BackgroundService
{
    public const string SubscriberTooSlow = "SUBSCRIBER_TOO_SLOW";

    /// <summary>How many undelivered events a subscriber may have before it is ended.</summary>
    public int QueueCapacity { get; init; } = 1_000;

    /// <summary>How often the outbox is read even without a wake-up (changes committed elsewhere).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    private const int BatchSize = 500;
    private readonly Channel<bool> _wakeUp = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _gate = new();
    private Subscriber[] _subscribers = [];
    private long _head = -1;

    /// <summary>How many subscriptions are open.</summary>
    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    /// <summary>Wakes the delivery loop: an event was committed.</summary>
    public void Notify() => _wakeUp.Writer.TryWrite(true);

    /// <summary>The events matching <paramref name="filter"/> after sequence <paramref name="after"/> (replayed), then live ones as they commit.</summary>
    public async IAsyncEnumerable<DomainEvent> SubscribeAsync(EventFilter filter, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscriber = new Subscriber(filter, Channel.CreateBounded<DomainEvent>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true, SingleWriter = true }));
        lock (_gate)
        {
            _subscribers = [.. _subscribers, subscriber];
        }

        try
        {
            var last = after;
            while (true)
            {
                var batch = await ReadAsync(filter, last, BatchSize, cancellationToken);
                foreach (var e in batch)
                {
                    last = e.Sequence;
                    yield return e;
                }

                if (batch.Count < BatchSize)
                {
                    break;
                }
            }

            await foreach (var e in subscriber.Queue.Reader.ReadAllAsync(cancellationToken))
            {
                if (e.Sequence > last)
                {
                    last = e.Sequence;
                    yield return e;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _subscribers = _subscribers.Where(s => s != subscriber).ToArray();
            }
        }
    }

    /// <summary>A page of the outbox after <paramref name="after"/>, oldest first, as the caller of <paramref name="filter"/> may see it.</summary>
    public async Task<List<DomainEvent>> ReadAsync(EventFilter filter, long after, int count, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        return await filter.Apply(db.Events.AsNoTracking().IgnoreQueryFilters().Where(e => e.Sequence > after))
            .OrderBy(e => e.Sequence).Take(count).ToListAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listener = ListenAsync(stoppingToken);
        await DeliverAsync(stoppingToken);
        await listener;
    }

    /// <summary>
    /// On PostgreSQL, wakes the loop when any instance commits an event (LISTEN/NOTIFY). A lost notification costs at
    /// most <see cref="PollInterval"/>: the outbox, not the notification, is the source of truth.
    /// </summary>
    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        string? connectionString;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
            connectionString = db.Database.IsNpgsql() ? db.Database.GetConnectionString() : null;
        }

        while (connectionString is not null && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => Notify();
                await using (var listen = new NpgsqlCommand($"LISTEN {Outbox.NotifyChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                Notify();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Listening for events on PostgreSQL failed; polling until it reconnects");
                await Task.Delay(PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task DeliverAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverNewEventsAsync(stoppingToken);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(PollInterval);
                await _wakeUp.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Reading the event outbox failed; retrying");
                await Task.Delay(PollInterval, stoppingToken);
            }
        }
    }

    private async Task DeliverNewEventsAsync(CancellationToken cancellationToken)
    {
        if (_head < 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
            _head = await db.Events.IgnoreQueryFilters().MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        }

        List<DomainEvent> batch;
        do
        {
            batch = await ReadAsync(new EventFilter(), _head, BatchSize, cancellationToken);
            var subscribers = Volatile.Read(ref _subscribers);
            foreach (var e in batch)
            {
                foreach (var subscriber in subscribers)
                {
                    if (subscriber.Filter.Matches(e) && !subscriber.Queue.Writer.TryWrite(e))
                    {
                        subscriber.Queue.Writer.TryComplete(new GraphQLException(
                            $"This subscriber fell more than {QueueCapacity} events behind and was ended; subscribe again with after: the cursor of the last event you received.",
                            SubscriberTooSlow));
                    }
                }

                _head = e.Sequence;
            }
        }
        while (batch.Count == BatchSize);
    }

    private sealed record Subscriber(EventFilter Filter, Channel<DomainEvent> Queue);
}
