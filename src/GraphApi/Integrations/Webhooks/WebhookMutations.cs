using GraphApi.Events;
using GraphApi.GraphQL;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Integrations.Webhooks;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Mutation
{
    [Authorize(ApiKeyRole.Admin)]
    [GraphQLDescription("Adds an outbound webhook: matching events committed from now on are POSTed to `url`, signed with the secret the payload returns once.")]
    public async Task<CreateWebhookSubscriptionPayload> CreateWebhookSubscription(CreateWebhookSubscriptionInput input, MutationContext mutation, WebhookOptions options, WebhookDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var url = WebhookSubscriptionChecks.Url(check, input.Url, options.AllowLoopbackTargets, "input.url");
        var types = WebhookSubscriptionChecks.EventTypes(check, input.EventTypes, "input.eventTypes");
        var secret = input.Secret is null ? WebhookSignature.NewSecret() : WebhookSubscriptionChecks.Secret(check, input.Secret, "input.secret");
        var db = mutation.Database();
        var (requestId, customerId) = await WebhookSubscriptionChecks.FilterAsync(check, db, input.Filter, "input.filter", cancellationToken);
        if (check.Failed)
        {
            return new CreateWebhookSubscriptionPayload { Errors = check.Errors };
        }

        var subscription = new WebhookSubscription
        {
            Url = url,
            EventTypeNames = types,
            RequestId = requestId,
            CustomerId = customerId,
            Secret = secret,
            Position = await db.Events.IgnoreQueryFilters().MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0,
            CreatedAt = mutation.Now,
            UpdatedAt = mutation.Now,
        };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        dispatcher.Notify();
        return new CreateWebhookSubscriptionPayload { WebhookSubscription = subscription, Secret = secret };
    }

    [Authorize(ApiKeyRole.Admin)]
    [GraphQLDescription("Changes a webhook subscription's URL, event types, filter or secret; its delivery position and state stay.")]
    public async Task<UpdateWebhookSubscriptionPayload> UpdateWebhookSubscription(UpdateWebhookSubscriptionInput input, MutationContext mutation, WebhookOptions options, WebhookDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var id = check.Id(input.SubscriptionId, nameof(WebhookSubscription), "input.subscriptionId");
        var url = input.Url is null ? null : WebhookSubscriptionChecks.Url(check, input.Url, options.AllowLoopbackTargets, "input.url");
        var types = input.EventTypes is null ? null : WebhookSubscriptionChecks.EventTypes(check, input.EventTypes, "input.eventTypes");
        var secret = input.Secret is null ? null : WebhookSubscriptionChecks.Secret(check, input.Secret, "input.secret");
        var db = mutation.Database();
        var (requestId, customerId) = await WebhookSubscriptionChecks.FilterAsync(check, db, input.Filter, "input.filter", cancellationToken);
        var subscription = await check.FindAsync(db.WebhookSubscriptions, id, "input.subscriptionId", cancellationToken);
        if (check.Failed || subscription is null)
        {
            return new UpdateWebhookSubscriptionPayload { Errors = check.Errors };
        }

        subscription.Url = url ?? subscription.Url;
        subscription.EventTypeNames = types ?? subscription.EventTypeNames;
        subscription.Secret = secret ?? subscription.Secret;
        if (input.Filter is not null)
        {
            subscription.RequestId = requestId;
            subscription.CustomerId = customerId;
        }

        subscription.Version++;
        subscription.UpdatedAt = mutation.Now;
        await db.SaveChangesAsync(cancellationToken);
        dispatcher.Notify();
        return new UpdateWebhookSubscriptionPayload { WebhookSubscription = subscription };
    }

    [Authorize(ApiKeyRole.Admin)]
    [GraphQLDescription("Deletes a webhook subscription and its dead letters; nothing more is sent to it.")]
    public async Task<DeleteWebhookSubscriptionPayload> DeleteWebhookSubscription(DeleteWebhookSubscriptionInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var id = check.Id(input.SubscriptionId, nameof(WebhookSubscription), "input.subscriptionId");
        var db = mutation.Database();
        var subscription = await check.FindAsync(db.WebhookSubscriptions, id, "input.subscriptionId", cancellationToken);
        if (check.Failed || subscription is null)
        {
            return new DeleteWebhookSubscriptionPayload { Errors = check.Errors };
        }

        db.WebhookSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new DeleteWebhookSubscriptionPayload { DeletedSubscriptionId = input.SubscriptionId };
    }

    [Authorize(ApiKeyRole.Admin)]
    [GraphQLDescription("Replays a webhook subscription's events in order from `fromCursor` (default: its first dead letter) and makes it ACTIVE again.")]
    public async Task<RedeliverWebhookEventsPayload> RedeliverWebhookEvents(RedeliverWebhookEventsInput input, MutationContext mutation, WebhookDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var id = check.Id(input.SubscriptionId, nameof(WebhookSubscription), "input.subscriptionId");
        long? from = null;
        try
        {
            from = input.FromCursor is null ? null : EventCursor.Decode(input.FromCursor);
        }
        catch (GraphQLException exception)
        {
            check.Fail(EventCursor.InvalidCursor, exception.Message, "input.fromCursor");
        }

        var db = mutation.Database();
        var subscription = await check.FindAsync(db.WebhookSubscriptions, id, "input.subscriptionId", cancellationToken);
        if (check.Failed || subscription is null)
        {
            return new RedeliverWebhookEventsPayload { Errors = check.Errors };
        }

        from ??= await db.WebhookDeadLetters.Where(d => d.SubscriptionId == subscription.Id).MinAsync(d => (long?)d.EventSequence, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (from is { } first)
        {
            await db.WebhookDeadLetters.Where(d => d.SubscriptionId == subscription.Id && d.EventSequence >= first).ExecuteDeleteAsync(cancellationToken);
            subscription.Position = Math.Max(first - 1, 0);
        }

        subscription.Status = WebhookSubscriptionStatus.Active;
        subscription.FailingSince = null;
        subscription.Attempts = 0;
        subscription.RetryingSince = null;
        subscription.NextAttemptAt = null;
        subscription.Version++;
        subscription.UpdatedAt = mutation.Now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        dispatcher.Notify();
        return new RedeliverWebhookEventsPayload { WebhookSubscription = subscription };
    }
}
