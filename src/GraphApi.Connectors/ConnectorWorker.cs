using System.Net.WebSockets;
using Microsoft.Extensions.Options;

namespace GraphApi.Connectors;

/// <summary>
/// Follows <c>requestStatusChanged(after: cursor)</c> and pushes each change to the linked ServiceNow incidents and Jira issues,
/// one event at a time in cursor order; the cursor is stored only after the event is applied, events already applied are skipped
/// by id, and any disconnect or error resubscribes from the stored cursor after a backoff.
/// </summary>
public sealed class ConnectorWorker(GraphApiClient graphApi, ConnectorState state, IEnumerable<IStatusPusher> pushers, RetryingSender retry, IOptions<ConnectorOptions> options, ILogger<ConnectorWorker> logger) : BackgroundService
{
    /// <summary>The actor of changes that the receivers applied from <paramref name="system"/>: pushing them back would echo them.</summary>
    public static string ReceiverActor(TargetSystem system) => $"connector:{system.ToString().ToLowerInvariant()}-webhook";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var failures = 0; !stoppingToken.IsCancellationRequested;)
        {
            try
            {
                if (!state.HasCursor)
                {
                    await FirstStartAsync(stoppingToken);
                }

                // A null cursor was stored by a first run that found no events: everything since then is still to push.
                var cursor = state.Cursor ?? await graphApi.StartCursorAsync(stoppingToken);
                logger.LogInformation("Subscribing to requestStatusChanged after {Cursor}", cursor);
                await foreach (var change in graphApi.SubscribeAsync(cursor, stoppingToken))
                {
                    failures = 0;
                    await ApplyAsync(change, stoppingToken);
                }

                logger.LogWarning("GraphApi ended the subscription; resubscribing");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is GraphApiException or WebSocketException or HttpRequestException or IOException)
            {
                logger.LogWarning("Subscription lost: {Reason}", exception.Message);
            }

            try
            {
                await Task.Delay(retry.Backoff(failures++), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // Applies one change to every linked record, then records it (and moves the cursor) in one transaction.
    private async Task ApplyAsync(StatusChange change, CancellationToken cancellationToken)
    {
        if (state.IsApplied(change.Id))
        {
            logger.LogDebug("Event {EventId} was applied already", change.Id);
            return;
        }

        var unfinished = state.BeginApplying(change.Id);
        foreach (var target in change.Targets)
        {
            var pusher = pushers.FirstOrDefault(p => p.System == target.System);
            if (pusher is not { Configured: true } || change.Actor == ReceiverActor(target.System) || target.State == target.PreviousState)
            {
                continue;
            }

            try
            {
                await pusher.PushAsync(change, target, unfinished, cancellationToken);
            }
            catch (PermanentPushException refused)
            {
                logger.LogError("Event {EventId} could not be pushed to {System} {ExternalId}: {Reason}", change.Id, target.System, target.ExternalId, refused.Message);
                state.RecordFailure(change.Id, target, refused.Message);
            }
        }

        state.Applied(change);
    }

    private async Task FirstStartAsync(CancellationToken cancellationToken)
    {
        var latest = options.Value.StartFrom == StartPosition.Latest;
        var cursor = latest ? await graphApi.LatestCursorAsync(cancellationToken) : await graphApi.StartCursorAsync(cancellationToken);
        state.Start(cursor);
        logger.LogInformation("First start: following changes after {Cursor} ({From})", cursor, latest ? "the newest status change" : "the beginning");
    }
}
