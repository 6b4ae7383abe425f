using GraphApi.Api;
using GraphApi.Expectations;
using GraphApi.Metrics;
using GraphApi.Metrics.Facts;
using GraphApi.Security;
using GraphApi.Tests.Api;

namespace GraphApi.Tests.Metrics;

/// <summary>
/// The metric facts each save keeps against the facts rebuilt from the rows: after writes through the API of every kind
/// the facts are derived from, every grouping reads the same figures either way.
/// </summary>
public class MetricFactsTests(MetricsApiFactory api) : IClassFixture<MetricsApiFactory>
{
    [ApiFact]
    public async Task Facts_kept_by_writes_match_facts_rebuilt_from_the_rows()
    {
        var data = await api.DataAsync();
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var before = await EveryGroupingAsync(admin);
        var open = data.Expectations.First(e => e.Status is ExpectationStatus.OnTrack or ExpectationStatus.AtRisk);
        var request = data.Requests.First(r => r.Id == open.RequestId);
        var resolved = data.Requests.First(r => r.ResolvedAt is not null && data.Retrospectives.All(t => t.RequestId != r.Id));
        var undecided = data.Requests.First(r => r.Decision is null);
        var lead = data.Staff.First(s => data.Customers.First(c => c.Id == request.CustomerId).UsualContacts.All(u => u.StaffMemberId != s.Id));

        await MutateAsync(admin, "updateExpectationStatus", $$"""{ expectationId: "{{ApiFactory.Id("Expectation", open.Id)}}", status: MISSED }""");
        await MutateAsync(admin, "logInteraction", $$"""
            { customerId: "{{ApiFactory.Id("Customer", request.CustomerId)}}", requestId: "{{ApiFactory.Id("Request", request.Id)}}", channel: VIDEO,
              direction: OUTBOUND, kind: STATUS_UPDATE, summary: "Still on it", occurredAt: "{{MetricsTestData.Now.AddHours(-1):O}}",
              participants: [{ staffMemberId: "{{ApiFactory.Id("StaffMember", lead.Id)}}", role: LEAD }] }
            """);
        await MutateAsync(admin, "updateCustomer", $$"""{ customerId: "{{ApiFactory.Id("Customer", request.CustomerId)}}", usualContactIds: ["{{ApiFactory.Id("StaffMember", lead.Id)}}"] }""");
        await MutateAsync(admin, "recordRetrospective", $$"""{ requestId: "{{ApiFactory.Id("Request", resolved.Id)}}", customerPerspective: "Quick, and we were told", customerRating: 5 }""");
        await MutateAsync(admin, "decideRequest", $$"""{ requestId: "{{ApiFactory.Id("Request", undecided.Id)}}", decision: ALREADY_AVAILABLE, rationale: "Self-service", decidedById: "{{ApiFactory.Id("StaffMember", lead.Id)}}", knowledgeLink: "https://kb.example/1" }""");
        var kept = await EveryGroupingAsync(admin);

        await using (var db = api.Database.CreateContext())
        {
            await MetricFacts.RebuildAsync(db);
        }

        Assert.NotEqual(before, kept);
        Assert.Equal(await EveryGroupingAsync(admin), kept);
    }

    private async Task MutateAsync(string key, string field, string input)
    {
        var result = await api.GraphQLAsync(key, $"mutation {{ {field}(input: {input}) {{ errors {{ code message }} }} }}");
        Assert.True(result.Ok().Codes($"data.{field}.errors").Length == 0, $"{field}: {result}");
    }

    private async Task<List<string>> EveryGroupingAsync(string key)
    {
        var figures = new List<string>();
        foreach (var groupBy in Enum.GetValues<MetricsGroupBy>())
        {
            var result = await api.GraphQLAsync(key, $"query($groupBy: MetricsGroupBy) {{ relationshipMetrics(groupBy: $groupBy) {{ {RelationshipMetricsTests.Fields} }} }}", new { groupBy = EnumNames.Of(groupBy) });
            figures.Add($"{groupBy}: {result.Ok().At("data.relationshipMetrics")}");
        }

        return figures;
    }
}

public sealed class MetricFactsTestsOnPostgres(PostgresMetricsApiFactory api) : MetricFactsTests(api), IClassFixture<PostgresMetricsApiFactory>, IRunsOnPostgres;
