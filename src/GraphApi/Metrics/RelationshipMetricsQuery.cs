using System.Globalization;
using GraphApi.Api;
using GraphApi.Customers;
using GraphApi.Interactions;
using GraphApi.Persistence;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Metrics;

/// <summary>Runs the metrics statements and turns their rows into groups: one per key, rates null where nothing divides.</summary>
internal static class RelationshipMetricsQuery
{
    /// <summary>The most weeks or months a grouping fills in between its first and last period.</summary>
    public const int MaxPeriods = 1000;

    /// <summary>
    /// The groups of <paramref name="criteria"/>. The four figure statements run side by side, each on a context of its own
    /// from <paramref name="contexts"/> (disposed here), so a call takes about as long as its slowest statement.
    /// </summary>
    public static async Task<IReadOnlyList<RelationshipMetricsGroup>> RunAsync(Func<GraphApiDbContext> contexts, MetricsCriteria criteria, CancellationToken cancellationToken)
    {
        var requestFigures = QueryAsync<RequestMetricsRow>(contexts, criteria, RelationshipMetricsStatements.RequestFigures, cancellationToken);
        var expectationFigures = QueryAsync<ExpectationMetricsRow>(contexts, criteria, RelationshipMetricsStatements.ExpectationFigures, cancellationToken);
        var interactionFigures = QueryAsync<InteractionMetricsRow>(contexts, criteria, RelationshipMetricsStatements.InteractionFigures, cancellationToken);
        var retrospectiveFigures = QueryAsync<RetrospectiveMetricsRow>(contexts, criteria, RelationshipMetricsStatements.RetrospectiveFigures, cancellationToken);
        await Task.WhenAll(requestFigures, expectationFigures, interactionFigures, retrospectiveFigures);
        var (requests, expectations, interactions, retrospectives) = (await requestFigures, await expectationFigures, await interactionFigures, await retrospectiveFigures);
        await using var db = contexts();

        var keys = requests.Keys.Concat(expectations.Keys).Concat(interactions.Keys).Concat(retrospectives.Keys).ToHashSet(StringComparer.Ordinal);
        if (criteria.GroupBy == MetricsGroupBy.None)
        {
            keys.Add("ALL");
        }
        else if (criteria.GroupBy is MetricsGroupBy.Week or MetricsGroupBy.Month)
        {
            keys.UnionWith(Periods(criteria, keys));
        }

        var ids = criteria.GroupBy is MetricsGroupBy.Customer or MetricsGroupBy.StaffMember ? keys.Select(key => int.Parse(key, CultureInfo.InvariantCulture)).ToList() : [];
        var customers = criteria.GroupBy == MetricsGroupBy.Customer
            ? await CustomerVisibility.Visible<Customer>(db).AsNoTracking().Include(c => c.UsualContacts).ThenInclude(u => u.StaffMember)
                .Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id.ToString(CultureInfo.InvariantCulture), cancellationToken)
            : null;
        var staff = criteria.GroupBy == MetricsGroupBy.StaffMember
            ? await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id.ToString(CultureInfo.InvariantCulture), cancellationToken)
            : null;

        var groups = keys.Select(key => Group(criteria.GroupBy, key, customers, staff,
            requests.GetValueOrDefault(key), expectations.GetValueOrDefault(key), interactions.GetValueOrDefault(key), retrospectives.GetValueOrDefault(key)));
        return criteria.GroupBy switch
        {
            MetricsGroupBy.Customer => groups.OrderBy(g => g.Customer?.Name, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal).ToList(),
            MetricsGroupBy.StaffMember => groups.OrderBy(g => g.StaffMember?.Name, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal).ToList(),
            _ => groups.OrderBy(g => g.Key, StringComparer.Ordinal).ToList(),
        };
    }

    // On the thread pool: SQLite's provider runs a statement synchronously, even when asked asynchronously.
    private static Task<Dictionary<string, T>> QueryAsync<T>(Func<GraphApiDbContext> contexts, MetricsCriteria criteria,
        Func<MetricsStatementBuilder, string> statement, CancellationToken cancellationToken) where T : class => Task.Run(async () =>
    {
        await using var db = contexts();
        var builder = new MetricsStatementBuilder(criteria, MetricsDialect.For(db));
        var sql = statement(builder);
        var rows = await db.Database.SqlQueryRaw<T>(sql, builder.Parameters).ToListAsync(cancellationToken);
        return rows.ToDictionary(KeyOf, StringComparer.Ordinal);
    }, cancellationToken);

    private static string KeyOf<T>(T row) => row switch
    {
        RequestMetricsRow r => r.Key,
        ExpectationMetricsRow e => e.Key,
        InteractionMetricsRow i => i.Key,
        RetrospectiveMetricsRow t => t.Key,
        _ => throw new InvalidOperationException($"{typeof(T).Name} is not a metrics row."),
    };

    // Weeks and months without figures still get a group, so that a trend has no holes.
    private static IEnumerable<string> Periods(MetricsCriteria criteria, IReadOnlySet<string> present)
    {
        var starts = present.Select(ParseDay).ToList();
        if (criteria.From is { } from)
        {
            starts.Add(PeriodStart(criteria.GroupBy, from));
        }

        if (criteria.To is { } to)
        {
            starts.Add(PeriodStart(criteria.GroupBy, to.AddTicks(-1)));
        }

        if (starts.Count == 0)
        {
            yield break;
        }

        var first = starts.Min();
        var last = starts.Max();
        for (var (period, n) = (first, 0); period <= last && n < MaxPeriods; period = Next(criteria.GroupBy, period), n++)
        {
            yield return period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    private static DateTime PeriodStart(MetricsGroupBy groupBy, DateTime instant)
    {
        var day = instant.ToUniversalTime().Date;
        return groupBy == MetricsGroupBy.Month
            ? new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc)
            : DateTime.SpecifyKind(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), DateTimeKind.Utc);
    }

    private static DateTime Next(MetricsGroupBy groupBy, DateTime period) => groupBy == MetricsGroupBy.Month ? period.AddMonths(1) : period.AddDays(7);

    private static DateTime ParseDay(string key) =>
        DateTime.ParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static RelationshipMetricsGroup Group(MetricsGroupBy groupBy, string key, Dictionary<string, Customer>? customers, Dictionary<string, StaffMember>? staff,
        RequestMetricsRow? requests, ExpectationMetricsRow? expectations, InteractionMetricsRow? interactions, RetrospectiveMetricsRow? retrospectives) => new()
    {
        Key = groupBy switch
        {
            MetricsGroupBy.Customer => GlobalId.Encode(nameof(Customer), int.Parse(key, CultureInfo.InvariantCulture)),
            MetricsGroupBy.StaffMember => GlobalId.Encode(nameof(StaffMember), int.Parse(key, CultureInfo.InvariantCulture)),
            MetricsGroupBy.Channel => EnumNames.Of(Enum.Parse<Channel>(key)),
            _ => key,
        },
        Customer = customers?.GetValueOrDefault(key),
        StaffMember = staff?.GetValueOrDefault(key),
        BusinessUnit = groupBy == MetricsGroupBy.BusinessUnit ? key : null,
        Channel = groupBy == MetricsGroupBy.Channel ? Enum.Parse<Channel>(key) : null,
        PeriodStart = groupBy is MetricsGroupBy.Week or MetricsGroupBy.Month ? ParseDay(key) : null,
        Requests = (int)(requests?.Requests ?? 0),
        ResolvedRequests = (int)(requests?.Resolved ?? 0),
        MedianTimeToFirstResponse = Duration(requests?.MedianFirstResponseSeconds),
        MedianTimeToResolve = Duration(requests?.MedianResolveSeconds),
        DecisionMix = new DecisionMix
        {
            Accepted = (int)(requests?.Accepted ?? 0),
            Declined = (int)(requests?.Declined ?? 0),
            Deferred = (int)(requests?.Deferred ?? 0),
            AlreadyAvailable = (int)(requests?.AlreadyAvailable ?? 0),
        },
        EducationOpportunities = (int)(requests?.Educated ?? 0),
        RetrospectiveCoverage = Rate(requests?.Covered, requests?.Resolved),
        ExpectationsDue = (int)(expectations?.Due ?? 0),
        ExpectationsSettled = (int)(expectations?.Settled ?? 0),
        ExpectationsMetRate = Rate(expectations?.Met, expectations?.Settled),
        ExpectationsMissedRate = Rate(expectations?.Missed, expectations?.Settled),
        RenegotiatedRate = Rate(expectations?.Renegotiated, expectations?.Settled),
        WarnedBeforeDueRate = Rate(expectations?.Warned, expectations?.Missed),
        UpdateCadenceAdherence = Rate(expectations?.CadencePeriodsUpdated, expectations?.CadencePeriods),
        Interactions = (int)(interactions?.Interactions ?? 0),
        PreferredChannelRate = Rate(interactions?.Preferred, interactions?.Interactions),
        ContactConsistency = Rate(interactions?.LedByUsualContact, interactions?.Interactions),
        DistinctStaffPerCustomer = Rate(interactions?.CustomerStaffPairs, interactions?.Customers),
        ActionItemsDoneRate = Rate(retrospectives?.ActionItemsDone, retrospectives?.ActionItems),
        AverageCustomerRating = Rate(retrospectives?.RatingSum, retrospectives?.Rated),
    };

    private static double? Rate(long? part, long? whole) => whole is > 0 ? (double)(part ?? 0) / whole.Value : null;

    // Whole seconds: SQLite's julianday arithmetic is exact to a few microseconds only.
    private static TimeSpan? Duration(double? seconds) => seconds is { } value ? TimeSpan.FromSeconds(Math.Round(value)) : null;
}
