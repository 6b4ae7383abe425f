using GraphApi.Api;
using GraphApi.Expectations;
using GraphApi.Integrations;
using GraphApi.Interactions;
using GraphApi.Persistence;
using GraphApi.Requests;
using GraphApi.Retrospectives;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Events;

/// <summary>Adds the event of a change to the context that saves the change, so both commit together or not at all.</summary>
public static class Outbox
{
    /// <summary>The PostgreSQL channel instances listen on to hear of new events (<see cref="EventFeed"/>).</summary>
    public const string NotifyChannel = "graphapi_events";

    // Any fixed number: the advisory lock that serialises event writers on PostgreSQL.
    private const long WriterLock = 0x47_41_50_49;

    /// <summary>
    /// Begins a transaction that may write events. On PostgreSQL it takes a transaction-scoped advisory lock first, so
    /// event writers commit one at a time and sequence order is commit order (a reader at cursor N never later finds an
    /// event before N); it also queues a NOTIFY, delivered to every instance when the transaction commits.
    /// SQLite serialises writers by itself (and this process's writers queue first, see <see cref="WriteTransaction"/>).
    /// </summary>
    public static async Task<WriteTransaction> BeginAsync(GraphApiDbContext db, CancellationToken cancellationToken)
    {
        var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({WriterLock})", cancellationToken);
            await db.Database.ExecuteSqlRawAsync($"NOTIFY {NotifyChannel}", cancellationToken);
        }

        return transaction;
    }

    /// <summary>A request was raised, in <paramref name="status"/> (NEW; a connector's record may move on at once, with its own event).</summary>
    public static void RequestCreated(GraphApiDbContext db, Request request, RequestStatus status, string actor, DateTime now, string? note = null) =>
        Add(db, EventType.RequestCreated, nameof(Request), request.Id, request.Id, request.CustomerId, actor, now, status: EnumNames.Of(status), note: note);

    /// <summary>A request's details changed: <paramref name="changedFields"/> are their GraphQL names; nothing is written when there are none.</summary>
    public static void RequestUpdated(GraphApiDbContext db, Request request, IReadOnlyCollection<string> changedFields, string actor, DateTime now)
    {
        if (changedFields.Count > 0)
        {
            Add(db, EventType.RequestUpdated, nameof(Request), request.Id, request.Id, request.CustomerId, actor, now, status: EnumNames.Of(request.Status), changedFields: changedFields);
        }
    }

    /// <summary>A decision on a request, which moved it from <paramref name="previous"/> to <paramref name="status"/> (the same when it did not).</summary>
    public static void RequestDecided(GraphApiDbContext db, Request request, RequestStatus previous, RequestStatus status, IReadOnlyCollection<string> changedFields, string actor, DateTime now) =>
        Add(db, EventType.RequestDecided, nameof(Request), request.Id, request.Id, request.CustomerId, actor, now,
            EnumNames.Of(previous), EnumNames.Of(status), changedFields: changedFields);

    public static void RequestStatusChanged(GraphApiDbContext db, Request request, RequestStatus previous, string actor, DateTime now, string? note) =>
        Add(db, EventType.RequestStatusChanged, nameof(Request), request.Id, request.Id, request.CustomerId, actor, now, EnumNames.Of(previous), EnumNames.Of(request.Status), note);

    public static void ExpectationStatusChanged(GraphApiDbContext db, Expectation expectation, int customerId, ExpectationStatus? previous, string actor, DateTime now,
        EventType type = EventType.ExpectationStatusChanged, string? note = null) =>
        Add(db, type, nameof(Expectation), expectation.Id, expectation.RequestId, customerId, actor, now,
            previous is { } before ? EnumNames.Of(before) : null, EnumNames.Of(expectation.Status), note);

    public static void InteractionLogged(GraphApiDbContext db, Interaction interaction, string actor, DateTime now) =>
        Add(db, EventType.InteractionLogged, nameof(Interaction), interaction.Id, interaction.RequestId, interaction.CustomerId, actor, now);

    public static void RetrospectiveRecorded(GraphApiDbContext db, Retrospective retrospective, int? customerId, string actor, DateTime now) =>
        Add(db, EventType.RetrospectiveRecorded, nameof(Retrospective), retrospective.Id, retrospective.RequestId, customerId, actor, now);

    /// <summary><see cref="EventType.ActionItemAdded"/> or <see cref="EventType.ActionItemCompleted"/>, belonging to the retrospective's request and customer.</summary>
    public static void ActionItemChanged(GraphApiDbContext db, EventType type, ActionItem item, int? requestId, int? customerId, string actor, DateTime now) =>
        Add(db, type, nameof(ActionItem), item.Id, requestId, customerId, actor, now);

    public static void ExternalReferenceLinked(GraphApiDbContext db, ExternalReference reference, int customerId, string actor, DateTime now) =>
        Add(db, EventType.ExternalReferenceLinked, nameof(ExternalReference), reference.Id, reference.RequestId, customerId, actor, now);

    /// <summary>A linked reference's details changed; nothing is written when <paramref name="changedFields"/> is empty.</summary>
    public static void ExternalReferenceUpdated(GraphApiDbContext db, ExternalReference reference, int customerId, IReadOnlyCollection<string> changedFields, string actor, DateTime now)
    {
        if (changedFields.Count > 0)
        {
            Add(db, EventType.ExternalReferenceUpdated, nameof(ExternalReference), reference.Id, reference.RequestId, customerId, actor, now, changedFields: changedFields);
        }
    }

    private static void Add(GraphApiDbContext db, EventType type, string entityType, int entityId, int? requestId, int? customerId, string actor, DateTime now,
        string? previousStatus = null, string? status = null, string? note = null, IReadOnlyCollection<string>? changedFields = null) =>
        db.Events.Add(new DomainEvent
        {
            Type = type,
            EntityType = entityType,
            EntityId = entityId,
            RequestId = requestId,
            CustomerId = customerId,
            PreviousStatus = previousStatus,
            Status = status,
            Actor = actor,
            OccurredAt = now,
            Note = note,
            ChangedFieldNames = changedFields is { Count: > 0 } ? string.Join(',', changedFields) : null,
        });
}
