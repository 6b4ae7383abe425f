using System.Collections.Concurrent;
using System.Threading.Channels;
using GraphApi.Events;
using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Integrations.Webhooks;

/// <summary>
/// Delivers the outbox to webhook subscriptions: at least once, in cursor order per subscription, one POST at a time per
/// subscription, retried with backoff on failure. All delivery state is in the database (<see cref="WebhookSubscription.Position"/>
/// and the retry columns), so a restart or a crash resumes where the last recorded delivery left off; a row lease keeps each
/// subscription to one worker across instances. Wakes on every committed event (through <see cref="EventFeed"/>, so on
/// PostgreSQL on other instances' commits too) and polls every <see cref="WebhookOptions.PollInterval"/> for retries that fell due.
/// </summary>
public sealed class WebhookDispatcher : BackgroundService
{
    private const int BatchSize = 100;

    private readonly IServiceScopeFactory _scopes;
    private readonly EventFeed _feed;
    private readonly WebhookSender _sender;
    private readonly WebhookOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<WebhookDispatcher> _logger;
    private readonly ConcurrentDictionary<int, Task> _running = new();

    // Per subscription: the outbox head and version at which it was last found to have nothing to deliver.
    private readonly ConcurrentDictionary<int, (long Head, int Version)> _idleAt = new();
    private readonly Channel<bool> _wakeUp = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly SemaphoreSlim _slots;

    public WebhookDispatcher(IServiceScopeFactory scopes, EventFeed feed, WebhookSender sender, WebhookOptions options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
    {
        _scopes = scopes;
        _feed = feed;
        _sender = sender;
        _options = options;
        _clock = clock;
        _logger = logger;
        _slots = new SemaphoreSlim(Math.Max(1, options.MaxParallelSubscriptions));
        RetryPolicy = new WebhookRetryPolicy(options);
    }

    /// <summary>This instance's name in <see cref="WebhookSubscription.LeaseOwner"/>: unique per process, so a restarted one never mistakes a dead one's lease for its own.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>The backoff; tests fix its jitter.</summary>
    public WebhookRetryPolicy RetryPolicy { get; init; }

    /// <summary>Checks the subscriptions now (a subscription was created, changed or redelivered).</summary>
    public void Notify() => _wakeUp.Writer.TryWrite(true);

    /// <summary>Delivers everything that is due now, and waits until done: one turn of the background loop, for tests with their own clock.</summary>
    public async Task DeliverDueAsync(CancellationToken cancellationToken = default) => await Task.WhenAll(StartDue(await DueAsync(cancellationToken), cancellationToken));

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        var listener = ListenAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                StartDue(await DueAsync(stoppingToken), stoppingToken);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(_options.PollInterval);
                await _wakeUp.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _logger.LogError(exception, "Checking webhook subscriptions failed; retrying");
                await Task.Delay(_options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        await Task.WhenAll(_running.Values).ContinueWith(_ => { }, TaskScheduler.Default);
        await listener;
    }

    /// <summary>Wakes the loop on every committed event; the outbox, not this, is the source of truth (the loop polls too).</summary>
    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                long head;
                await using (var scope = _scopes.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
                    head = await db.Events.IgnoreQueryFilters().MaxAsync(e => (long?)e.Sequence, stoppingToken) ?? 0;
                }

                await foreach (var _ in _feed.SubscribeAsync(new EventFilter(), head, stoppingToken))
                {
                    Notify();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
            catch (Exception exception)
            {
                // SUBSCRIBER_TOO_SLOW or a database hiccup: polling covers the gap; listen again.
                _logger.LogDebug(exception, "The webhook wake-up subscription ended; subscribing again");
                await Task.Delay(_options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Subscriptions with something to do now that no other instance holds and no worker here is on.</summary>
    private async Task<List<WebhookSubscription>> DueAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        var now = _clock.GetUtcNow().UtcDateTime;
        var head = await db.Events.IgnoreQueryFilters().MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var candidates = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.Position < head
                && (s.Status == WebhookSubscriptionStatus.Failing || s.NextAttemptAt == null || s.NextAttemptAt <= now)
                && (s.LeaseOwner == null || s.LeaseExpiresAt <= now || s.LeaseOwner == InstanceId))
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var due = new List<WebhookSubscription>();
        foreach (var subscription in candidates)
        {
            if (_running.ContainsKey(subscription.Id) || _idleAt.GetValueOrDefault(subscription.Id) == (head, subscription.Version))
            {
                continue;
            }

            if (await subscription.Matching(db.Events.AsNoTracking().IgnoreQueryFilters()).AnyAsync(e => e.Sequence > subscription.Position, cancellationToken))
            {
                due.Add(subscription);
            }
            else
            {
                _idleAt[subscription.Id] = (head, subscription.Version);
            }
        }

        return due;
    }

    private List<Task> StartDue(List<WebhookSubscription> due, CancellationToken cancellationToken)
    {
        var started = new List<Task>();
        foreach (var subscription in due)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_running.TryAdd(subscription.Id, done.Task))
            {
                continue;
            }

            started.Add(done.Task);
            _ = Task.Run(async () =>
            {
                var failed = false;
                try
                {
                    await _slots.WaitAsync(cancellationToken);
                    try
                    {
                        await DrainAsync(subscription.Id, cancellationToken);
                    }
                    finally
                    {
                        _slots.Release();
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                }
                catch (Exception exception)
                {
                    failed = true;
                    _logger.LogError(exception, "Delivering webhook subscription {SubscriptionId} failed; retrying at the next poll", subscription.Id);
                }
                finally
                {
                    _running.TryRemove(subscription.Id, out _);
                    done.SetResult();
                    if (!failed)
                    {
                        // Events may have committed while this worker was finishing: look again.
                        Notify();
                    }
                }
            }, CancellationToken.None);
        }

        return started;
    }

    /// <summary>Under the subscription's lease, delivers its pending events in order until none is left or one must wait for a retry.</summary>
    private async Task DrainAsync(int subscriptionId, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        var store = new WebhookDeliveryStore(db, InstanceId, _options.LeaseDuration);
        var leasedUntil = Now() + _options.LeaseDuration;
        if (!await store.TryLeaseAsync(subscriptionId, Now(), cancellationToken))
        {
            return;
        }

        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var subscription = await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subscriptionId, cancellationToken);
                if (subscription is null || subscription.LeaseOwner != InstanceId
                    || (subscription.Status == WebhookSubscriptionStatus.Active && subscription.NextAttemptAt > Now()))
                {
                    return;
                }

                var batch = await subscription.Matching(db.Events.AsNoTracking().IgnoreQueryFilters())
                    .Where(e => e.Sequence > subscription.Position).OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    return;
                }

                if (subscription.Status == WebhookSubscriptionStatus.Failing)
                {
                    if (!await store.DeadLetterAsync(subscription, batch, Now(), cancellationToken))
                    {
                        return;
                    }

                    continue;
                }

                var requestIds = batch.Select(e => e.RequestId).OfType<int>().Distinct().ToList();
                var requests = await db.Requests.AsNoTracking().IgnoreQueryFilters().Include(r => r.ExternalReferences)
                    .Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
                foreach (var e in batch)
                {
                    // A send may take up to the request timeout: renew first if the lease could run out meanwhile.
                    if (leasedUntil - Now() < _options.RequestTimeout + TimeSpan.FromSeconds(1))
                    {
                        if (!await store.RenewAsync(subscription, Now(), cancellationToken))
                        {
                            return;
                        }

                        leasedUntil = Now() + _options.LeaseDuration;
                    }

                    var body = WebhookPayload.Build(e, e.RequestId is { } requestId ? requests.GetValueOrDefault(requestId) : null);
                    var attempt = await _sender.SendAsync(subscription.Url, subscription.Secret, e.Id, body, cancellationToken);
                    var now = Now();
                    if (attempt.Delivered)
                    {
                        if (!await store.DeliveredAsync(subscription, e, attempt, now, cancellationToken))
                        {
                            return;
                        }

                        leasedUntil = now + _options.LeaseDuration;
                        subscription.Position = e.Sequence;
                        subscription.Attempts = 0;
                        subscription.RetryingSince = null;
                        continue;
                    }

                    var attempts = subscription.Attempts + 1;
                    var retryingSince = subscription.RetryingSince ?? now;
                    if (RetryPolicy.NextAttempt(retryingSince, attempts, now) is { } next)
                    {
                        await store.RetryLaterAsync(subscription, attempts, retryingSince, next, attempt, now, cancellationToken);
                        return;
                    }

                    _logger.LogWarning("Webhook subscription {SubscriptionId} gave up on event {EventId} after {Attempts} attempts ({Error}); it is now failing",
                        subscription.Id, e.Id, attempts, attempt.Error);
                    if (!await store.GiveUpAsync(subscription, e, attempts, attempt, now, cancellationToken))
                    {
                        return;
                    }

                    break;
                }
            }
        }
        finally
        {
            await store.ReleaseAsync(subscriptionId);
        }
    }

    private DateTime Now() => _clock.GetUtcNow().UtcDateTime;
}
