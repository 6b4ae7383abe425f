using System.Globalization;
using GraphApi.Api;
using GraphApi.Expectations;
using GraphApi.Interactions;
using GraphApi.Metrics;
using GraphApi.Requests;
using GraphApi.Retrospectives;

namespace GraphApi.Tests.Metrics;

/// <summary>
/// The metrics worked out the slow way: row by row over <see cref="MetricsTestData"/> in memory, from the definitions
/// in the schema's descriptions, to check what the database computes.
/// </summary>
public sealed class MetricsOracle(MetricsTestData data)
{
    /// <summary>What a call asks: the window, the grouping, and the filter's lists (null where not given).</summary>
    public sealed record Ask(DateTime? From, DateTime? To, MetricsGroupBy GroupBy, int? Customer = null, IReadOnlyList<string>? BusinessUnits = null,
        IReadOnlyList<int>? Staff = null, IReadOnlyList<Channel>? Channels = null, IReadOnlyList<RequestPriority>? Priorities = null);

    /// <summary>One group's figures, as the API returns them.</summary>
    public sealed record Figures(int Requests, TimeSpan? MedianTimeToFirstResponse, TimeSpan? MedianTimeToResolve, int ExpectationsDue, int ExpectationsSettled,
        double? ExpectationsMetRate, double? ExpectationsMissedRate, double? RenegotiatedRate, double? WarnedBeforeDueRate, double? UpdateCadenceAdherence,
        int Interactions, double? PreferredChannelRate, double? ContactConsistency, double? DistinctStaffPerCustomer,
        int Accepted, int Declined, int Deferred, int AlreadyAvailable, int EducationOpportunities,
        double? RetrospectiveCoverage, double? ActionItemsDoneRate, double? AverageCustomerRating, int ResolvedRequests);

    private sealed record Attribution(int? Customer, string? BusinessUnit, int? Staff, Channel? Channel, RequestPriority? Priority, DateTime Instant);

    public Dictionary<string, Figures> Compute(Ask ask)
    {
        var requests = Keep(ask, data.Requests, r => Of(r, r.CreatedAt));
        var expectations = Keep(ask, data.Expectations, e => Of(Request(e.RequestId), e.DueAt));
        var interactions = Keep(ask, data.Interactions, Of);
        var retrospectives = Keep(ask, data.Retrospectives, t => t.RequestId is { } id ? Of(Request(id), t.HeldAt) : new Attribution(null, null, null, null, null, t.HeldAt));
        var keys = requests.Keys.Concat(expectations.Keys).Concat(interactions.Keys).Concat(retrospectives.Keys).Distinct();
        return keys.ToDictionary(key => key, key => Tally(
            requests.GetValueOrDefault(key) ?? [], expectations.GetValueOrDefault(key) ?? [], interactions.GetValueOrDefault(key) ?? [], retrospectives.GetValueOrDefault(key) ?? []));
    }

    private Figures Tally(List<Request> requests, List<Expectation> expectations, List<Interaction> interactions, List<Retrospective> retrospectives)
    {
        var settled = expectations.Where(e => e.Status is ExpectationStatus.Met or ExpectationStatus.Missed or ExpectationStatus.Renegotiated).ToList();
        var missed = expectations.Where(e => e.Status == ExpectationStatus.Missed).ToList();
        var cadence = expectations.Where(e => e.UpdateCadence > TimeSpan.Zero && e.Status != ExpectationStatus.Renegotiated).Select(Periods).ToList();
        var resolved = requests.Where(r => r.ResolvedAt is not null).ToList();
        var items = retrospectives.SelectMany(t => t.ActionItems).ToList();
        var rated = retrospectives.Where(t => t.CustomerRating is not null).ToList();
        return new Figures(
            requests.Count,
            Median(requests.Where(r => r.FirstResponseAt is not null).Select(r => r.FirstResponseAt!.Value - r.CreatedAt)),
            Median(resolved.Select(r => r.ResolvedAt!.Value - r.CreatedAt)),
            expectations.Count,
            settled.Count,
            Share(settled.Count(e => e.Status == ExpectationStatus.Met), settled.Count),
            Share(missed.Count, settled.Count),
            Share(settled.Count(e => e.Status == ExpectationStatus.Renegotiated), settled.Count),
            Share(missed.Count(Warned), missed.Count),
            Share(cadence.Sum(c => c.Updated), cadence.Sum(c => c.Periods)),
            interactions.Count,
            Share(interactions.Count(i => i.OnPreferredChannel), interactions.Count),
            Share(interactions.Count(i => i.Participants.Any(p => p.Role == ParticipantRole.Lead
                && data.Customers.Single(c => c.Id == i.CustomerId).UsualContacts.Any(u => u.StaffMemberId == p.StaffMemberId))), interactions.Count),
            Share(interactions.SelectMany(i => i.Participants.Select(p => (i.CustomerId, p.StaffMemberId))).Distinct().Count(), interactions.Select(i => i.CustomerId).Distinct().Count()),
            requests.Count(r => r.Decision == RequestDecision.Accepted),
            requests.Count(r => r.Decision == RequestDecision.Declined),
            requests.Count(r => r.Decision == RequestDecision.Deferred),
            requests.Count(r => r.Decision == RequestDecision.AlreadyAvailable),
            requests.Count(r => r.KnowledgeLink is not null),
            Share(resolved.Count(r => data.Retrospectives.Any(t => t.RequestId == r.Id && !string.IsNullOrWhiteSpace(t.CustomerPerspective))), resolved.Count),
            Share(items.Count(a => a.Done), items.Count),
            Share(rated.Sum(t => t.CustomerRating!.Value), rated.Count),
            resolved.Count);
    }

    private bool Warned(Expectation expectation) =>
        data.Events.Any(v => v.EntityType == nameof(Expectation) && v.EntityId == expectation.Id && v.OccurredAt < expectation.DueAt
            && (v.Type == Events.EventType.ExpectationAtRisk || (v.Type == Events.EventType.ExpectationStatusChanged && v.Status == "AT_RISK")))
        || data.Expectations.Where(p => p.ReplacedById == expectation.Id).Any(p => data.Events.Any(v => v.EntityType == nameof(Expectation) && v.EntityId == p.Id
            && v.Type == Events.EventType.ExpectationStatusChanged && v.Status == "RENEGOTIATED" && v.OccurredAt < expectation.DueAt));

    private (int Periods, int Updated) Periods(Expectation expectation)
    {
        var request = Request(expectation.RequestId);
        var created = data.Events.Where(v => v.EntityType == nameof(Expectation) && v.EntityId == expectation.Id && v.Type == Events.EventType.ExpectationStatusChanged && v.PreviousStatus is null)
            .Select(v => (DateTime?)v.OccurredAt).Min();
        var start = created ?? request.FirstResponseAt ?? request.CreatedAt;
        var end = new[] { expectation.DueAt, request.ResolvedAt ?? MetricsTestData.Now, MetricsTestData.Now }.Min();
        if (end <= start)
        {
            return (0, 0);
        }

        var cadence = expectation.UpdateCadence!.Value;
        var periods = (int)Math.Ceiling((end - start) / cadence);
        var updated = data.Interactions.Where(i => i.RequestId == request.Id && i.Kind == InteractionKind.StatusUpdate && i.OccurredAt >= start && i.OccurredAt < end)
            .Select(i => (int)Math.Floor((i.OccurredAt - start) / cadence)).Distinct().Count();
        return (periods, updated);
    }

    private Dictionary<string, List<T>> Keep<T>(Ask ask, IEnumerable<T> rows, Func<T, Attribution> attribute)
    {
        var kept = new Dictionary<string, List<T>>();
        foreach (var row in rows)
        {
            var a = attribute(row);
            if ((ask.From is { } from && a.Instant < from) || (ask.To is { } to && a.Instant >= to)
                || (ask.Customer is { } customer && a.Customer != customer)
                || (ask.BusinessUnits is { } units && !units.Contains(a.BusinessUnit))
                || (ask.Staff is { } staff && (a.Staff is not { } s || !staff.Contains(s)))
                || (ask.Channels is { } channels && (a.Channel is not { } c || !channels.Contains(c)))
                || (ask.Priorities is { } priorities && (a.Priority is not { } p || !priorities.Contains(p))))
            {
                continue;
            }

            if (Key(ask.GroupBy, a) is { } key)
            {
                (kept.TryGetValue(key, out var list) ? list : kept[key] = []).Add(row);
            }
        }

        return kept;
    }

    private static string? Key(MetricsGroupBy groupBy, Attribution a) => groupBy switch
    {
        MetricsGroupBy.Customer => a.Customer is { } c ? GlobalId.Encode("Customer", c) : null,
        MetricsGroupBy.BusinessUnit => a.BusinessUnit,
        MetricsGroupBy.StaffMember => a.Staff is { } s ? GlobalId.Encode("StaffMember", s) : null,
        MetricsGroupBy.Channel => a.Channel is { } channel ? EnumNames.Of(channel) : null,
        MetricsGroupBy.Week => a.Instant.Date.AddDays(-(((int)a.Instant.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        MetricsGroupBy.Month => new DateTime(a.Instant.Year, a.Instant.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "ALL",
    };

    private Request Request(int id) => data.Requests.Single(r => r.Id == id);

    private Attribution Of(Request request, DateTime instant) => new(
        request.CustomerId, data.Customers.Single(c => c.Id == request.CustomerId).BusinessUnit, request.OwnerId,
        data.Interactions.Where(i => i.RequestId == request.Id).OrderBy(i => i.OccurredAt).ThenBy(i => i.Id).Select(i => (Channel?)i.Channel).FirstOrDefault(),
        request.Priority, instant);

    private Attribution Of(Interaction interaction) => new(
        interaction.CustomerId, data.Customers.Single(c => c.Id == interaction.CustomerId).BusinessUnit,
        interaction.Participants.Where(p => p.Role == ParticipantRole.Lead).Select(p => (int?)p.StaffMemberId).Min(),
        interaction.Channel, interaction.RequestId is { } id ? Request(id).Priority : null, interaction.OccurredAt);

    private static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null
            : TimeSpan.FromSeconds(Math.Round((sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]).TotalSeconds / 2));
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
