using GraphApi.Events;
using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Integrations.Webhooks;

/// <summary>
/// A delivery worker's writes to its subscription's row. Each is fenced: it applies only while this instance holds the
/// lease and no admin has changed the subscription since it was read (<see cref="WebhookSubscription.Version"/>), so a
/// worker that lost its lease, or whose subscription was redelivered or deleted meanwhile, changes nothing and stops.
/// </summary>
/// <param name="db">A context of the worker's own.</param>
/// <param name="owner">This instance's lease name.</param>
/// <param name="leaseDuration">How long a lease lasts unless renewed.</param>
public sealed class WebhookDeliveryStore(GraphApiDbContext db, string owner, TimeSpan leaseDuration)
{
    /// <summary>Takes the subscription's lease when it is free, expired or already ours; false when another instance holds it.</summary>
    public async Task<bool> TryLeaseAsync(int subscriptionId, DateTime now, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions
            .Where(s => s.Id == subscriptionId && (s.LeaseOwner == null || s.LeaseExpiresAt <= now || s.LeaseOwner == owner))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LeaseOwner, owner).SetProperty(s => s.LeaseExpiresAt, now + leaseDuration), cancellationToken) == 1;

    /// <summary>Extends the lease; false when it is no longer ours or the subscription changed.</summary>
    public async Task<bool> RenewAsync(WebhookSubscription subscription, DateTime now, CancellationToken cancellationToken) =>
        await Fenced(subscription).ExecuteUpdateAsync(set => set.SetProperty(s => s.LeaseExpiresAt, now + leaseDuration), cancellationToken) == 1;

    /// <summary>Gives the lease up, so that any instance may take the subscription at once.</summary>
    public Task ReleaseAsync(int subscriptionId) =>
        db.WebhookSubscriptions.Where(s => s.Id == subscriptionId && s.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LeaseOwner, (string?)null).SetProperty(s => s.LeaseExpiresAt, (DateTime?)null), CancellationToken.None);

    /// <summary>Records a 2xx: the position moves past <paramref name="e"/> and the retry state clears.</summary>
    public async Task<bool> DeliveredAsync(WebhookSubscription subscription, DomainEvent e, WebhookAttempt attempt, DateTime now, CancellationToken cancellationToken) =>
        await Fenced(subscription).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Position, e.Sequence)
            .SetProperty(s => s.Attempts, 0)
            .SetProperty(s => s.RetryingSince, (DateTime?)null)
            .SetProperty(s => s.NextAttemptAt, (DateTime?)null)
            .SetProperty(s => s.LastAttemptAt, now)
            .SetProperty(s => s.LastDeliveredAt, now)
            .SetProperty(s => s.LastStatusCode, attempt.StatusCode)
            .SetProperty(s => s.LastError, (string?)null)
            .SetProperty(s => s.LeaseExpiresAt, now + leaseDuration), cancellationToken) == 1;

    /// <summary>Records a failure to be retried at <paramref name="nextAttemptAt"/>.</summary>
    public async Task<bool> RetryLaterAsync(WebhookSubscription subscription, int attempts, DateTime retryingSince, DateTime nextAttemptAt, WebhookAttempt attempt, DateTime now, CancellationToken cancellationToken) =>
        await Fenced(subscription).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Attempts, attempts)
            .SetProperty(s => s.RetryingSince, retryingSince)
            .SetProperty(s => s.NextAttemptAt, nextAttemptAt)
            .SetProperty(s => s.LastAttemptAt, now)
            .SetProperty(s => s.LastStatusCode, attempt.StatusCode)
            .SetProperty(s => s.LastError, attempt.Error), cancellationToken) == 1;

    /// <summary>An event ran out of retries: it is dead-lettered and the subscription is marked failing, in one transaction.</summary>
    public async Task<bool> GiveUpAsync(WebhookSubscription subscription, DomainEvent e, int attempts, WebhookAttempt attempt, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await Fenced(subscription).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Status, WebhookSubscriptionStatus.Failing)
            .SetProperty(s => s.FailingSince, now)
            .SetProperty(s => s.Position, e.Sequence)
            .SetProperty(s => s.Attempts, 0)
            .SetProperty(s => s.RetryingSince, (DateTime?)null)
            .SetProperty(s => s.NextAttemptAt, (DateTime?)null)
            .SetProperty(s => s.LastAttemptAt, now)
            .SetProperty(s => s.LastStatusCode, attempt.StatusCode)
            .SetProperty(s => s.LastError, attempt.Error), cancellationToken);
        if (updated != 1)
        {
            return false;
        }

        db.WebhookDeadLetters.Add(new WebhookDeadLetter
        {
            SubscriptionId = subscription.Id,
            EventSequence = e.Sequence,
            EventId = e.Id,
            Attempts = attempts,
            LastStatusCode = attempt.StatusCode,
            Error = attempt.Error ?? "failed",
            DeadLetteredAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Dead-letters events that came while the subscription was failing, unsent, and moves its position past them.</summary>
    public async Task<bool> DeadLetterAsync(WebhookSubscription subscription, IReadOnlyList<DomainEvent> events, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await Fenced(subscription).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Position, events[^1].Sequence)
            .SetProperty(s => s.LeaseExpiresAt, now + leaseDuration), cancellationToken);
        if (updated != 1)
        {
            return false;
        }

        var error = $"not sent: the subscription has been FAILING since {subscription.FailingSince:u}; redeliverWebhookEvents sends it.";
        db.WebhookDeadLetters.AddRange(events.Select(e => new WebhookDeadLetter
        {
            SubscriptionId = subscription.Id,
            EventSequence = e.Sequence,
            EventId = e.Id,
            Error = error,
            DeadLetteredAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    private IQueryable<WebhookSubscription> Fenced(WebhookSubscription subscription) =>
        db.WebhookSubscriptions.Where(s => s.Id == subscription.Id && s.LeaseOwner == owner && s.Version == subscription.Version);
}
