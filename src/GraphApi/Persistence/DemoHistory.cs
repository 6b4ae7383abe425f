using GraphApi.Api;
using GraphApi.Events;
using GraphApi.Expectations;
using GraphApi.Interactions;
using GraphApi.Requests;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Persistence;

/// <summary>
/// The history behind the demo rows, so that every relationship metric has something to measure: the outbox events
/// each change would have written (status changes along each request's life, expectations set, warned of, met, missed
/// and renegotiated, interactions logged, retrospectives recorded, external references linked) and the status updates sent on the expectations'
/// cadence. Deterministic, like <see cref="DemoData"/>; run once, right after it.
/// </summary>
public static class DemoHistory
{
    /// <summary>The actor of the history's changes.</summary>
    public const string Actor = "staff:demo";

    /// <summary>How long before its due time an expectation is set, at most (its update cadence runs from then).</summary>
    public static readonly TimeSpan ExpectationLead = TimeSpan.FromDays(14);

    public static async Task AddAsync(GraphApiDbContext db, CancellationToken cancellationToken = default)
    {
        var random = new Random(20261202);
        var now = DemoData.Now;
        var requests = await db.Requests.Include(r => r.Customer).Include(r => r.Interactions).Include(r => r.Expectations)
            .OrderBy(r => r.Id).AsSplitQuery().ToListAsync(cancellationToken);
        var staff = await db.StaffMembers.OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var retrospectives = await db.Retrospectives.Include(t => t.Request).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var events = new List<DomainEvent>();
        var updates = new List<Interaction>();

        foreach (var request in requests)
        {
            StatusChanges(request, events);
            var replacements = request.Expectations.Where(e => e.ReplacedById is not null).Select(e => e.ReplacedById).ToHashSet();
            foreach (var expectation in request.Expectations.OrderBy(e => e.Id))
            {
                var setAt = replacements.Contains(expectation.Id)
                    ? request.Expectations.Single(e => e.ReplacedById == expectation.Id).LastUpdateAt ?? now.AddDays(-1)
                    : Later(request.FirstResponseAt ?? request.CreatedAt, expectation.DueAt - ExpectationLead);
                ExpectationChanges(random, request, expectation, setAt, now, events);
                CadenceUpdates(random, request, expectation, setAt, now, staff, updates);
            }
        }

        db.Interactions.AddRange(updates);
        await db.SaveChangesAsync(cancellationToken);

        var byId = requests.ToDictionary(r => r.Id);
        foreach (var interaction in requests.SelectMany(r => r.Interactions).Concat(updates).Distinct())
        {
            events.Add(Event(EventType.InteractionLogged, nameof(Interaction), interaction.Id, byId[interaction.RequestId!.Value], interaction.OccurredAt));
        }

        foreach (var retrospective in retrospectives)
        {
            events.Add(new DomainEvent
            {
                Type = EventType.RetrospectiveRecorded, EntityType = "Retrospective", EntityId = retrospective.Id, RequestId = retrospective.RequestId,
                CustomerId = retrospective.Request?.CustomerId, Actor = Actor, OccurredAt = retrospective.HeldAt,
            });
        }

        foreach (var reference in await db.ExternalReferences.OrderBy(x => x.Id).ToListAsync(cancellationToken))
        {
            var request = byId[reference.RequestId];
            events.Add(Event(EventType.ExternalReferenceLinked, "ExternalReference", reference.Id, request, request.CreatedAt.AddMinutes(5), actor: "connector:demo"));
        }

        // Sequence follows time, as it would have had the changes been made one by one; the few the seed dates ahead of now happen now.
        foreach (var change in events.Where(e => e.OccurredAt > now))
        {
            change.OccurredAt = now;
        }

        db.Events.AddRange(events.OrderBy(e => e.OccurredAt).ThenBy(e => e.EntityType, StringComparer.Ordinal).ThenBy(e => e.EntityId));
        await db.SaveChangesAsync(cancellationToken);
    }

    // NEW -> TRIAGED -> IN_PROGRESS -> WAITING_ON_CUSTOMER -> RESOLVED -> CLOSED, as far as the request got; DECLINED from TRIAGED.
    private static void StatusChanges(Request request, List<DomainEvent> events)
    {
        if (request.Status == RequestStatus.New || request.FirstResponseAt is not { } triaged)
        {
            return;
        }

        var at = triaged;
        var previous = RequestStatus.New;
        void Move(RequestStatus to, DateTime when)
        {
            at = Later(at, when);
            events.Add(Event(EventType.RequestStatusChanged, nameof(Request), request.Id, request, at, EnumNames.Of(previous), EnumNames.Of(to)));
            previous = to;
        }

        Move(RequestStatus.Triaged, triaged);
        if (request.Status == RequestStatus.Declined)
        {
            Move(RequestStatus.Declined, request.ClosedAt ?? triaged.AddHours(1));
            return;
        }

        if (request.Status == RequestStatus.Triaged)
        {
            return;
        }

        Move(RequestStatus.InProgress, triaged.AddHours(1));
        if (request.Status == RequestStatus.WaitingOnCustomer)
        {
            Move(RequestStatus.WaitingOnCustomer, triaged.AddDays(1));
        }

        if (request.ResolvedAt is { } resolved)
        {
            Move(RequestStatus.Resolved, resolved);
        }

        if (request.Status == RequestStatus.Closed)
        {
            Move(RequestStatus.Closed, request.ClosedAt ?? at.AddDays(1));
        }
    }

    private static void ExpectationChanges(Random random, Request request, Expectation expectation, DateTime setAt, DateTime now, List<DomainEvent> events)
    {
        events.Add(Event(EventType.ExpectationStatusChanged, nameof(Expectation), expectation.Id, request, setAt, null, "ON_TRACK"));
        var warned = expectation.Status == ExpectationStatus.AtRisk || (expectation.Status == ExpectationStatus.Missed && random.Next(10) < 6);
        if (warned)
        {
            var at = Later(setAt, Earlier(expectation.DueAt.AddHours(-20), now.AddHours(-1)));
            events.Add(Event(EventType.ExpectationAtRisk, nameof(Expectation), expectation.Id, request, at, "ON_TRACK", "AT_RISK", ExpectationMonitor.Actor));
        }

        var before = warned ? "AT_RISK" : "ON_TRACK";
        switch (expectation.Status)
        {
            case ExpectationStatus.Met:
                events.Add(Event(EventType.ExpectationStatusChanged, nameof(Expectation), expectation.Id, request, Later(setAt, request.ResolvedAt ?? expectation.DueAt.AddHours(-1)), before, "MET"));
                break;
            case ExpectationStatus.Missed:
                events.Add(Event(EventType.ExpectationStatusChanged, nameof(Expectation), expectation.Id, request, Later(setAt, expectation.DueAt), before, "MISSED", ExpectationMonitor.Actor));
                break;
            case ExpectationStatus.Renegotiated:
                events.Add(Event(EventType.ExpectationStatusChanged, nameof(Expectation), expectation.Id, request, Later(setAt, expectation.LastUpdateAt ?? now.AddDays(-1)), before, "RENEGOTIATED"));
                break;
        }
    }

    // A STATUS_UPDATE in most cadence periods (about four in five), from the expectation being set to its end.
    private static void CadenceUpdates(Random random, Request request, Expectation expectation, DateTime setAt, DateTime now, List<StaffMember> staff, List<Interaction> updates)
    {
        if (expectation.UpdateCadence is not { } cadence || cadence <= TimeSpan.Zero || expectation.Status == ExpectationStatus.Renegotiated)
        {
            return;
        }

        var customer = request.Customer!;
        var lead = staff.FirstOrDefault(s => s.Id == request.OwnerId) ?? staff[random.Next(3)];
        var end = Earlier(Earlier(expectation.DueAt, request.ResolvedAt ?? now), now);
        DateTime? last = null;
        for (var period = setAt; period < end; period += cadence)
        {
            var at = period.AddMinutes(Math.Round(cadence.TotalMinutes * (0.2 + 0.6 * random.NextDouble())));
            if (random.Next(5) == 0 || at >= end)
            {
                continue;
            }

            var channel = random.Next(5) == 0 ? (Channel)random.Next(6) : customer.PreferredChannels[random.Next(customer.PreferredChannels.Count)];
            updates.Add(new Interaction
            {
                CustomerId = request.CustomerId,
                RequestId = request.Id,
                Channel = channel,
                Direction = InteractionDirection.Outbound,
                Kind = InteractionKind.StatusUpdate,
                Summary = "Status update: work continues, next update as agreed.",
                OccurredAt = at,
                OnPreferredChannel = customer.PreferredChannels.Contains(channel),
                Participants = [new InteractionParticipant { StaffMemberId = lead.Id, Role = ParticipantRole.Lead }],
            });
            last = at;
        }

        if (last is { } lastUpdate && ExpectationStatusTransitions.IsOpen(expectation.Status))
        {
            expectation.LastUpdateAt = lastUpdate;
        }
    }

    private static DomainEvent Event(EventType type, string entityType, int entityId, Request request, DateTime at, string? previous = null, string? status = null, string actor = Actor) => new()
    {
        Type = type, EntityType = entityType, EntityId = entityId, RequestId = request.Id, CustomerId = request.CustomerId,
        PreviousStatus = previous, Status = status, Actor = actor, OccurredAt = at,
    };

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;
}
