using System.Text.Json;
using System.Xml;
using GraphApi.Api;
using GraphApi.Interactions;
using GraphApi.Metrics;
using GraphApi.Requests;
using GraphApi.Security;
using GraphApi.Tests.Api;

namespace GraphApi.Tests.Metrics;

/// <summary>
/// relationshipMetrics against the hand-worked figures of one customer, and every metric of every grouping against
/// <see cref="MetricsOracle"/>'s row-by-row computation over the same rows.
/// </summary>
public class RelationshipMetricsTests(MetricsApiFactory api) : IClassFixture<MetricsApiFactory>
{
    /// <summary>Every figure a group has, as a selection.</summary>
    internal const string Fields = """
        key requests resolvedRequests medianTimeToFirstResponse medianTimeToResolve expectationsDue expectationsSettled expectationsMetRate
        expectationsMissedRate renegotiatedRate warnedBeforeDueRate updateCadenceAdherence interactions preferredChannelRate
        contactConsistency distinctStaffPerCustomer decisionMix { accepted declined deferred alreadyAvailable } educationOpportunities
        retrospectiveCoverage actionItemsDoneRate averageCustomerRating
        """;

    private static readonly DateTime March = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime May = new(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    [ApiFact]
    public async Task The_known_customer_gets_the_hand_worked_figures()
    {
        var data = await api.DataAsync();

        var all = Single(await MetricsAsync(ApiKeyRole.Staff, null, null, MetricsGroupBy.None, Filter(customer: data.KnownCustomerId)));

        Assert.Equal(Rounded(new MetricsOracle.Figures(
            Requests: 4, MedianTimeToFirstResponse: TimeSpan.FromHours(1), MedianTimeToResolve: TimeSpan.FromHours(72),
            ExpectationsDue: 5, ExpectationsSettled: 5, ExpectationsMetRate: 0.2, ExpectationsMissedRate: 0.6, RenegotiatedRate: 0.2,
            WarnedBeforeDueRate: 2.0 / 3, UpdateCadenceAdherence: 3.0 / 8,
            Interactions: 8, PreferredChannelRate: 5.0 / 8, ContactConsistency: 0.5, DistinctStaffPerCustomer: 2,
            Accepted: 1, Declined: 0, Deferred: 1, AlreadyAvailable: 1, EducationOpportunities: 1,
            RetrospectiveCoverage: 0.5, ActionItemsDoneRate: 1.0 / 3, AverageCustomerRating: 3, ResolvedRequests: 2)), all.Figures);
    }

    [ApiFact]
    public async Task The_known_customer_gets_the_hand_worked_weeks()
    {
        var data = await api.DataAsync();

        var weeks = await MetricsAsync(ApiKeyRole.Admin, new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 23, 0, 0, 0, DateTimeKind.Utc),
            MetricsGroupBy.Week, Filter(customer: data.KnownCustomerId));

        Assert.Equal(["2026-03-02", "2026-03-09", "2026-03-16"], weeks.Select(w => w.Key));
        Assert.Equal(Rounded(new MetricsOracle.Figures(
            2, TimeSpan.FromHours(1), TimeSpan.FromHours(72), 3, 3, 1.0 / 3, 2.0 / 3, 0, 0.5, 0.5,
            4, 0.5, 0.5, 2, 1, 0, 0, 1, 1, 0.5, 1.0 / 3, 3, 2)), weeks[0].Figures);
        Assert.Equal(Rounded(new MetricsOracle.Figures(
            2, TimeSpan.FromHours(1), null, 2, 2, 0, 0.5, 0.5, 1, 2.0 / 6,
            4, 0.75, 0.5, 2, 0, 0, 1, 0, 0, null, null, null, 0)), weeks[1].Figures);
        Assert.Equal(Rounded(new MetricsOracle.Figures(0, null, null, 0, 0, null, null, null, null, null, 0, null, null, null, 0, 0, 0, 0, 0, null, null, null, 0)), weeks[2].Figures);
    }

    public static TheoryData<MetricsGroupBy, bool> Groupings()
    {
        var data = new TheoryData<MetricsGroupBy, bool>();
        foreach (var groupBy in Enum.GetValues<MetricsGroupBy>())
        {
            data.Add(groupBy, false);
            data.Add(groupBy, true);
        }

        return data;
    }

    [ApiTheory]
    [MemberData(nameof(Groupings))]
    public async Task Every_metric_matches_the_brute_force_computation(MetricsGroupBy groupBy, bool windowed)
    {
        var data = await api.DataAsync();
        DateTime? from = windowed ? March : null;
        DateTime? to = windowed ? May : null;

        var groups = await MetricsAsync(ApiKeyRole.Admin, from, to, groupBy, null);

        AssertMatches(new MetricsOracle(data).Compute(new MetricsOracle.Ask(from, to, groupBy)), groups, groupBy);
    }

    [ApiFact]
    public async Task Filters_match_the_brute_force_computation()
    {
        var data = await api.DataAsync();
        var oracle = new MetricsOracle(data);
        var staff = data.Staff.Take(2).Select(s => s.Id).ToList();

        AssertMatches(oracle.Compute(new MetricsOracle.Ask(null, null, MetricsGroupBy.Customer, BusinessUnits: ["Legal", "Audit"])),
            await MetricsAsync(ApiKeyRole.Admin, null, null, MetricsGroupBy.Customer, new { businessUnits = new[] { "Legal", "Audit" } }), MetricsGroupBy.Customer);
        AssertMatches(oracle.Compute(new MetricsOracle.Ask(March, null, MetricsGroupBy.Month, Staff: staff)),
            await MetricsAsync(ApiKeyRole.Admin, March, null, MetricsGroupBy.Month, new { staffMemberIds = staff.Select(id => ApiFactory.Id("StaffMember", id)) }), MetricsGroupBy.Month);
        AssertMatches(oracle.Compute(new MetricsOracle.Ask(null, May, MetricsGroupBy.StaffMember, Channels: [Channel.Email, Channel.Phone], Priorities: [RequestPriority.High, RequestPriority.Critical])),
            await MetricsAsync(ApiKeyRole.Admin, null, May, MetricsGroupBy.StaffMember, new { channels = new[] { "EMAIL", "PHONE" }, priorities = new[] { "HIGH", "CRITICAL" } }), MetricsGroupBy.StaffMember);
    }

    [ApiFact]
    public async Task A_customer_key_gets_only_its_own_figures()
    {
        var data = await api.DataAsync();
        var oracle = new MetricsOracle(data);
        var customer = data.Requests.GroupBy(r => r.CustomerId).OrderByDescending(g => g.Count()).First().Key;
        var other = data.Customers.First(c => c.Id != customer).Id;

        var byCustomer = await MetricsAsync(ApiKeyRole.Customer, null, null, MetricsGroupBy.Customer, null, customer);
        var total = await MetricsAsync(ApiKeyRole.Customer, null, null, MetricsGroupBy.None, null, customer);
        var others = await MetricsAsync(ApiKeyRole.Customer, null, null, MetricsGroupBy.None, Filter(customer: other), customer);

        Assert.Equal([ApiFactory.Id("Customer", customer)], byCustomer.Select(g => g.Key));
        AssertMatches(oracle.Compute(new MetricsOracle.Ask(null, null, MetricsGroupBy.Customer, customer)), byCustomer, MetricsGroupBy.Customer);
        AssertMatches(oracle.Compute(new MetricsOracle.Ask(null, null, MetricsGroupBy.None, customer)), total, MetricsGroupBy.None);
        Assert.Equal(0, Single(others).Figures.Requests);
        Assert.Equal(0, Single(others).Figures.Interactions);
    }

    [ApiTheory]
    [InlineData("relationshipMetrics(from: \"2026-05-01T00:00:00Z\", to: \"2026-03-01T00:00:00Z\")", "INVALID_INPUT")]
    [InlineData("relationshipMetrics(from: \"2026-03-01T00:00:00Z\", to: \"2026-03-01T00:00:00Z\")", "INVALID_INPUT")]
    [InlineData("relationshipMetrics(where: { customerIds: [\"U3RhZmZNZW1iZXI6MQ==\"] })", "INVALID_ID")]
    [InlineData("relationshipMetrics(where: { staffMemberIds: [\"nope\"] })", "INVALID_ID")]
    [InlineData("relationshipMetrics(groupBy: YEAR)", "GRAPHQL_VALIDATION_FAILED")]
    public async Task Bad_arguments_get_a_coded_error(string field, string code)
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);

        var result = await api.GraphQLAsync(key, $"{{ {field} {{ key }} }}");

        Assert.Equal([code], result.Codes());
    }

    [ApiFact]
    public async Task More_than_a_hundred_filter_values_are_refused()
    {
        var key = await api.KeyAsync(ApiKeyRole.Staff);

        var result = await api.GraphQLAsync(key, "query($units: [String!]) { relationshipMetrics(where: { businessUnits: $units }) { key } }",
            new { units = Enumerable.Range(0, 101).Select(n => $"Unit {n}") });

        Assert.Equal([ApiErrorCodes.InvalidInput], result.Codes());
    }

    private static object Filter(int customer) => new { customerIds = new[] { ApiFactory.Id("Customer", customer) } };

    private static (string Key, MetricsOracle.Figures Figures) Single(IReadOnlyList<(string Key, MetricsOracle.Figures Figures)> groups) =>
        Assert.Single(groups);

    private async Task<IReadOnlyList<(string Key, MetricsOracle.Figures Figures)>> MetricsAsync(ApiKeyRole role, DateTime? from, DateTime? to, MetricsGroupBy groupBy, object? where, int? customer = null)
    {
        var key = await api.KeyAsync(role, customer);
        var result = await api.GraphQLAsync(key,
            $"query($from: DateTime, $to: DateTime, $groupBy: MetricsGroupBy, $where: RelationshipMetricsFilterInput) {{ relationshipMetrics(from: $from, to: $to, groupBy: $groupBy, where: $where) {{ {Fields} }} }}",
            new { from = from?.ToString("O"), to = to?.ToString("O"), groupBy = EnumNames.Of(groupBy), where });
        return result.Ok().At("data.relationshipMetrics").EnumerateArray().Select(g => (g.GetProperty("key").GetString()!, Read(g))).ToList();
    }

    private static MetricsOracle.Figures Read(JsonElement g) => new(
        g.GetProperty("requests").GetInt32(), Duration(g, "medianTimeToFirstResponse"), Duration(g, "medianTimeToResolve"),
        g.GetProperty("expectationsDue").GetInt32(), g.GetProperty("expectationsSettled").GetInt32(),
        Number(g, "expectationsMetRate"), Number(g, "expectationsMissedRate"), Number(g, "renegotiatedRate"), Number(g, "warnedBeforeDueRate"), Number(g, "updateCadenceAdherence"),
        g.GetProperty("interactions").GetInt32(), Number(g, "preferredChannelRate"), Number(g, "contactConsistency"), Number(g, "distinctStaffPerCustomer"),
        g.At("decisionMix.accepted").GetInt32(), g.At("decisionMix.declined").GetInt32(), g.At("decisionMix.deferred").GetInt32(), g.At("decisionMix.alreadyAvailable").GetInt32(),
        g.GetProperty("educationOpportunities").GetInt32(),
        Number(g, "retrospectiveCoverage"), Number(g, "actionItemsDoneRate"), Number(g, "averageCustomerRating"), g.GetProperty("resolvedRequests").GetInt32());

    // Rates to 12 places: SQL and C# may divide in a different order.
    private static double? Number(JsonElement g, string name) => g.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? Math.Round(n.GetDouble(), 12) : null;

    private static TimeSpan? Duration(JsonElement g, string name) => g.GetProperty(name).GetString() is { } text ? XmlConvert.ToTimeSpan(text) : null;

    private static void AssertMatches(Dictionary<string, MetricsOracle.Figures> expected, IReadOnlyList<(string Key, MetricsOracle.Figures Figures)> actual, MetricsGroupBy groupBy)
    {
        Assert.NotEmpty(expected);
        var empty = new MetricsOracle.Figures(0, null, null, 0, 0, null, null, null, null, null, 0, null, null, null, 0, 0, 0, 0, 0, null, null, null, 0);
        Assert.Equal(actual.Count, actual.Select(g => g.Key).Distinct().Count());
        foreach (var (key, figures) in actual)
        {
            // WEEK and MONTH fill the periods between with empty groups; the others only have groups with figures.
            var wanted = expected.TryGetValue(key, out var found) ? Rounded(found)
                : groupBy is MetricsGroupBy.Week or MetricsGroupBy.Month || (groupBy == MetricsGroupBy.None && expected.Count == 0) ? empty
                : throw new Xunit.Sdk.XunitException($"The API has a group {key} the rows do not.");
            Assert.True(wanted == figures, $"{groupBy} {key}:\nexpected {wanted}\nactual   {figures}");
        }

        Assert.Empty(expected.Keys.Except(actual.Select(g => g.Key)));
    }

    private static MetricsOracle.Figures Rounded(MetricsOracle.Figures f) => f with
    {
        ExpectationsMetRate = R(f.ExpectationsMetRate), ExpectationsMissedRate = R(f.ExpectationsMissedRate), RenegotiatedRate = R(f.RenegotiatedRate),
        WarnedBeforeDueRate = R(f.WarnedBeforeDueRate), UpdateCadenceAdherence = R(f.UpdateCadenceAdherence), PreferredChannelRate = R(f.PreferredChannelRate),
        ContactConsistency = R(f.ContactConsistency), DistinctStaffPerCustomer = R(f.DistinctStaffPerCustomer), RetrospectiveCoverage = R(f.RetrospectiveCoverage),
        ActionItemsDoneRate = R(f.ActionItemsDoneRate), AverageCustomerRating = R(f.AverageCustomerRating),
    };

    private static double? R(double? value) => value is { } v ? Math.Round(v, 12) : null;
}

public sealed class RelationshipMetricsTestsOnPostgres(PostgresMetricsApiFactory api) : RelationshipMetricsTests(api), IClassFixture<PostgresMetricsApiFactory>, IRunsOnPostgres;
