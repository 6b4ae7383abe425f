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

    public static void RequestStatusChanged(GraphApiDbContext db, Request request, RequestStatus previous, string actor, DateTime now, string? note) =>
        db.Events.Add(new DomainEvent
        {
            Type = EventType.RequestStatusChanged,
            EntityType = nameof(Request),
            EntityId = request.Id,
            RequestId = request.Id,
            CustomerId = request.CustomerId,
            PreviousStatus = EnumNames.Of(previous),
            Status = EnumNames.Of(request.Status),
            Actor = actor,
            OccurredAt = now,
            Note = note,
        });

    public static void ExpectationStatusChanged(GraphApiDbContext db, Expectation expectation, int customerId, ExpectationStatus? previous, string actor, DateTime now,
        EventType type = EventType.ExpectationStatusChanged, string? note = null) =>
        db.Events.Add(new DomainEvent
        {
            Type = type,
            EntityType = nameof(Expectation),
            EntityId = expectation.Id,
            RequestId = expectation.RequestId,
            CustomerId = customerId,
            PreviousStatus = previous is { } before ? EnumNames.Of(before) : null,
            Status = EnumNames.Of(expectation.Status),
            Actor = actor,
            OccurredAt = now,
            Note = note,
        });

    public static void InteractionLogged(GraphApiDbContext db, Interaction interaction, string actor, DateTime now) =>
        db.Events.Add(new DomainEvent
        {
            Type = EventType.InteractionLogged,
            EntityType = nameof(Interaction),
            EntityId = interaction.Id,
            RequestId = interaction.RequestId,
            CustomerId = interaction.CustomerId,
            Actor = actor,
            OccurredAt = now,
        });

    public static void RetrospectiveRecorded(GraphApiDbContext db, Retrospective retrospective, int? customerId, string actor, DateTime now) =>
        db.Events.Add(new DomainEvent
        {
            Type = EventType.RetrospectiveRecorded,
            EntityType = nameof(Retrospective),
            EntityId = retrospective.Id,
            RequestId = retrospective.RequestId,
            CustomerId = customerId,
            Actor = actor,
            OccurredAt = now,
        });

    public static void ExternalReferenceLinked(GraphApiDbContext db, ExternalReference reference, int customerId, string actor, DateTime now) =>
        db.Events.Add(new DomainEvent
        {
            Type = EventType.ExternalReferenceLinked,
            EntityType = nameof(ExternalReference),
            EntityId = reference.Id,
            RequestId = reference.RequestId,
            CustomerId = customerId,
            Actor = actor,
            OccurredAt = now,
        });
}
