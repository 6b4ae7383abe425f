using System.Text.Json;
using GraphApi.GraphQL.AspNetCore.Tests;
using GraphApi.GraphQL.Tests.Compliance;
using GraphApi.Security;
using GraphApi.Tests.Api;
using Xunit.Abstractions;

namespace GraphApi.Tests.Metrics;

/// <summary>
/// Debian's Chromium, driven over the DevTools protocol by playwright-core (tests/compliance/oracles/dashboard-browser.mjs),
/// uses /dashboard against the real host: it must show exactly the figures the API returns and follow status changes live.
/// </summary>
public sealed class DashboardBrowserTests(DashboardApiFactory api, ITestOutputHelper output) : IClassFixture<DashboardApiFactory>
{
    private const string Headline = """
        requests resolvedRequests medianTimeToFirstResponse medianTimeToResolve expectationsDue expectationsSettled expectationsMetRate
        expectationsMissedRate renegotiatedRate warnedBeforeDueRate updateCadenceAdherence interactions preferredChannelRate
        contactConsistency distinctStaffPerCustomer decisionMix { accepted declined deferred alreadyAvailable } educationOpportunities
        retrospectiveCoverage actionItemsDoneRate averageCustomerRating
        """;

    private const string Figures = $$"""
        { headline: relationshipMetrics { {{Headline}} } customers: relationshipMetrics(groupBy: CUSTOMER) { key }
          atRisk: expectations(where: { status: { eq: AT_RISK } }) { totalCount } }
        """;

    [ChromiumFact]
    public async Task Chromium_shows_the_figures_the_api_returns_and_follows_status_changes_live()
    {
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var newcomer = (await api.GraphQLAsync(admin, """mutation { createCustomer(input: { name: "Nora New", email: "nora.new@example.com", businessUnit: "Legal" }) { customer { id } } }"""))
            .Ok().Text("data.createCustomer.customer.id");
        var emptyKey = await api.KeyAsync(ApiKeyRole.Customer, int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(newcomer)).Split(':')[1]));
        Assert.Equal(0, (await api.GraphQLAsync(emptyKey, "{ relationshipMetrics { requests } }")).Ok().At("data.relationshipMetrics.0.requests").GetInt32());
        var targets = (await api.GraphQLAsync(staff, """
            { requests(first: 1, where: { status: { eq: IN_PROGRESS } }) { nodes { id } }
              expectations(first: 1, where: { status: { eq: ON_TRACK } }) { nodes { id } } }
            """)).Ok();
        var requestId = targets.Text("data.requests.nodes.0.id");
        var expectationId = targets.Text("data.expectations.nodes.0.id");
        var before = (await api.GraphQLAsync(staff, Figures)).Ok().GetProperty("data");

        var page = await NodeOracle.RunAsync<JsonElement>("dashboard-browser.mjs", new
        {
            url = api.Dashboard.ToString(),
            graphqlUrl = api.Endpoint.ToString(),
            executablePath = ChromiumFactAttribute.ChromiumPath,
            key = staff,
            badKey = "gapi_not-a-key-anyone-has",
            emptyKey,
            staffKey = staff,
            requestId,
            expectationId,
        });
        output.WriteLine(page.ToString());
        if (page.TryGetProperty("error", out var error))
        {
            Assert.Fail($"{error}: {page.GetProperty("failedPage")}");
        }

        var after = (await api.GraphQLAsync(staff, Figures)).Ok().GetProperty("data");

        Assert.Empty(page.GetProperty("pageErrors").EnumerateArray());
        Assert.Contains("not accepted", page.Text("badKeyMessage"), StringComparison.Ordinal);
        Assert.True(page.GetProperty("contentHiddenWithBadKey").GetBoolean());

        AssertShows(before, page.GetProperty("before"));
        Assert.Equal("live", page.Text("before.live"));
        Assert.Equal(staff, page.Text("before.storedKey"));
        Assert.Equal(before.At("headline.0.requests").GetInt32().ToString("N0", System.Globalization.CultureInfo.InvariantCulture), page.Text("before.tiles.requests.text"));
        Assert.Equal(12, page.At("before.weeks").GetArrayLength());
        Assert.Equal(12, page.At("before.chartBars").GetInt32());

        Assert.Equal([], page.At("statusChange.data.changeRequestStatus.errors").EnumerateArray());
        Assert.Equal([], page.At("expectationChange.data.updateExpectationStatus.errors").EnumerateArray());
        Assert.False(page.GetProperty("reloaded").GetBoolean());
        Assert.Equal(before.At("headline.0.resolvedRequests").GetInt32() + 1, page.At("after.tiles.resolvedRequests.value").GetInt32());
        Assert.Equal(before.At("atRisk.totalCount").GetInt32() + 1, page.At("after.atRisk").GetInt32());
        Assert.Contains(expectationId, page.At("after.atRiskItems").EnumerateArray().Select(e => e.GetString()));
        AssertShows(after, page.GetProperty("after"));

        Assert.Contains("cannot be reached", page.Text("offlineBanner"), StringComparison.Ordinal);
        Assert.True(page.GetProperty("recovered").GetBoolean());

        Assert.True(page.At("empty.emptyShown").GetBoolean());
        Assert.True(page.At("empty.customersEmptyShown").GetBoolean());
        Assert.True(page.At("empty.atRiskEmptyShown").GetBoolean());
        Assert.Equal(0, page.At("empty.tiles.requests.value").GetInt32());
        Assert.Equal("\u2014", page.Text("empty.tiles.expectationsMetRate.text"));
    }

    // Every headline tile holds the API's value, the table its customers in the API's order, the badge its at-risk count.
    private static void AssertShows(JsonElement api, JsonElement page)
    {
        foreach (var metric in api.At("headline.0").EnumerateObject())
        {
            if (page.At("tiles").TryGetProperty(metric.Name, out var tile))
            {
                Assert.True(SameJson(metric.Name, metric.Value, tile.GetProperty("value")), $"{metric.Name}: the API says {metric.Value}, the page {tile.GetProperty("value")}");
                Assert.False(string.IsNullOrWhiteSpace(tile.Text("text")), metric.Name);
            }
        }

        Assert.Equal(16, page.At("tiles").EnumerateObject().Count());
        Assert.Equal(api.At("customers").EnumerateArray().Select(c => c.Text("key")), page.At("customers").EnumerateArray().Select(c => c.Text("key")));
        Assert.Equal(api.At("atRisk.totalCount").GetInt32(), page.At("atRisk").GetInt32());
    }

    // The update cadence of open expectations runs to now, so it moves as periods pass between the two reads.
    private static bool SameJson(string metric, JsonElement a, JsonElement b) =>
        metric == "updateCadenceAdherence" && a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number
            ? Math.Abs(a.GetDouble() - b.GetDouble()) < 0.005
            : SameJson(a, b);

    private static bool SameJson(JsonElement a, JsonElement b) => (a.ValueKind, b.ValueKind) switch
    {
        (JsonValueKind.Number, JsonValueKind.Number) => a.GetDouble() == b.GetDouble(),
        (JsonValueKind.Object, JsonValueKind.Object) => a.EnumerateObject().All(p => b.TryGetProperty(p.Name, out var other) && SameJson(p.Value, other)),
        _ => a.ValueKind == b.ValueKind && a.ToString() == b.ToString(),
    };
}
