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
    private const int MaxPooledContexts = 8;

    // Compiled (per feed: a compiled query serves one model, and tests run SQLite and PostgreSQL hosts in one process): every
    // subscription's replay runs it, and a LINQ query's parameter extraction alone costs ~10 KB of garbage.
    private readonly Func<GraphApiDbContext, long, EventType?, int?, int?, int?, int, IAsyncEnumerable<DomainEvent>> _readOneTypeOrAll =
        EF.CompileAsyncQuery((GraphApiDbContext db, long after, EventType? type, int? requestId, int? customerId, int? visibleCustomerId, int count) =>
            db.Events.AsNoTracking().IgnoreQueryFilters()
                .Where(e => e.Sequence > after
                    && (type == null || e.Type == type)
                    && (requestId == null || e.RequestId == requestId)
                    && (customerId == null || e.CustomerId == customerId)
                    && (visibleCustomerId == null || e.CustomerId == visibleCustomerId))
                .OrderBy(e => e.Sequence).Take(count));
    private readonly Func<GraphApiDbContext, CancellationToken, Task<long?>> _readHead =
        EF.CompileAsyncQuery((GraphApiDbContext db, CancellationToken cancellationToken) => db.Events.IgnoreQueryFilters().Max(e => (long?)e.Sequence));
    private readonly Channel<bool> _wakeUp = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _gate = new();
    private readonly List<Subscriber> _subscribers = [];

    // What the delivery loop iterates; null after a change, copied again when the next event is delivered (not on every subscribe).
    private Subscriber[]? _snapshot = [];
    private long _head = -1;

    // Outbox reads are no-tracking, so their contexts are reused: a new one costs ~40 KB of EF Core services, once per subscriber.
    private readonly Stack<GraphApiDbContext> _contexts = new();
    private DbContextOptions<GraphApiDbContext>? _options;

    /// <summary>How many subscriptions are open.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Wakes the delivery loop: an event was committed.</summary>
    public void Notify() => _wakeUp.Writer.TryWrite(true);

    /// <summary>
    /// The events matching <paramref name="filter"/> after sequence <paramref name="after"/> (replayed), then live ones as they commit;
    /// without <paramref name="after"/>, only those committed after the subscription starts.
    /// </summary>
    public async IAsyncEnumerable<DomainEvent> SubscribeAsync(EventFilter filter, long? after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var start = after ?? await HeadAsync(cancellationToken);
        var subscriber = new Subscriber(filter, start, Channel.CreateBounded<DomainEvent>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true, SingleWriter = true }));
        lock (_gate)
        {
            _subscribers.Add(subscriber);
            _snapshot = null;
        }

        try
        {
            var last = start;
            List<DomainEvent>? batch;
            do
            {
                batch = await ReadAsync(filter, last, BatchSize, cancellationToken);
                for (var i = 0; i < batch.Count; i++)
                {
                    last = batch[i].Sequence;
                    yield return batch[i];
                }
            }
            while (batch.Count == BatchSize);

            // The iterator's fields outlive the replay: do not hold its last page for the life of the subscription.
            batch = null;

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
                _subscribers.Remove(subscriber);
                _snapshot = null;
            }
        }
    }

    /// <summary>A page of the outbox after <paramref name="after"/>, oldest first, as the caller of <paramref name="filter"/> may see it.</summary>
    public async Task<List<DomainEvent>> ReadAsync(EventFilter filter, long after, int count, CancellationToken cancellationToken)
    {
        var db = RentContext();
        List<DomainEvent> events;
        try
        {
            if (filter.Types is null or { Count: 1 })
            {
                events = [];
                var type = filter.Types?.First();
                await foreach (var e in _readOneTypeOrAll(db, after, type, filter.RequestId, filter.CustomerId, filter.VisibleCustomerId, count).WithCancellation(cancellationToken))
                {
                    events.Add(e);
                }
            }
            else
            {
                events = await filter.Apply(db.Events.AsNoTracking().IgnoreQueryFilters().Where(e => e.Sequence > after))
                    .OrderBy(e => e.Sequence).Take(count).ToListAsync(cancellationToken);
            }
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        ReturnContext(db);
        return events;
    }

    /// <summary>The newest <paramref name="count"/> events after <paramref name="after"/> that the caller of <paramref name="filter"/> may see, oldest first.</summary>
    public async Task<List<DomainEvent>> ReadNewestAsync(EventFilter filter, long after, int count, CancellationToken cancellationToken)
    {
        var db = RentContext();
        List<DomainEvent> events;
        try
        {
            events = await filter.Apply(db.Events.AsNoTracking().IgnoreQueryFilters().Where(e => e.Sequence > after))
                .OrderByDescending(e => e.Sequence).Take(count).ToListAsync(cancellationToken);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        ReturnContext(db);
        events.Reverse();
        return events;
    }

    /// <summary>The sequence of the newest committed event (whoever may see it), 0 before the first.</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        var db = RentContext();
        long head;
        try
        {
            head = await _readHead(db, cancellationToken) ?? 0;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        ReturnContext(db);
        return head;
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        lock (_contexts)
        {
            while (_contexts.TryPop(out var db))
            {
                db.Dispose();
            }
        }

        base.Dispose();
    }

    /// <summary>
    /// Reads the outbox head before the delivery loop starts: the loop runs on the thread pool, and a head it read later
    /// would pass over events committed after a subscriber's replay but before that read, so they would never reach it.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _head = await HeadAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Reading the event outbox failed; the delivery loop retries");
        }

        await base.StartAsync(cancellationToken);
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
        // Set by StartAsync; read here only if that read failed.
        if (_head < 0)
        {
            _head = await HeadAsync(cancellationToken);
        }

        List<DomainEvent> batch;
        do
        {
            batch = await ReadAsync(new EventFilter(), _head, BatchSize, cancellationToken);
            var subscribers = Snapshot();
            foreach (var e in batch)
            {
                foreach (var subscriber in subscribers)
                {
                    // A subscriber whose cursor is ahead of this loop would skip such an event: it must not fill its queue.
                    if (e.Sequence > subscriber.After && subscriber.Filter.Matches(e) && !subscriber.Queue.Writer.TryWrite(e))
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

    private GraphApiDbContext RentContext()
    {
        lock (_contexts)
        {
            if (_contexts.TryPop(out var pooled))
            {
                return pooled;
            }
        }

        if (_options is null)
        {
            using var scope = scopes.CreateScope();
            _options = scope.ServiceProvider.GetRequiredService<DbContextOptions<GraphApiDbContext>>();
        }

        return new GraphApiDbContext(_options);
    }

    private void ReturnContext(GraphApiDbContext db)
    {
        lock (_contexts)
        {
            if (_contexts.Count < MaxPooledContexts)
            {
                _contexts.Push(db);
                return;
            }
        }

        db.Dispose();
    }

    private Subscriber[] Snapshot()
    {
        if (Volatile.Read(ref _snapshot) is { } snapshot)
        {
            return snapshot;
        }

        lock (_gate)
        {
            return _snapshot ??= [.. _subscribers];
        }
    }

    private sealed record Subscriber(EventFilter Filter, long After, Channel<DomainEvent> Queue);
}
