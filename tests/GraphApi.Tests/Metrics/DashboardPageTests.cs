using System.Net;
using GraphApi.Tests.Api;

namespace GraphApi.Tests.Metrics;

/// <summary>/dashboard and its bundles are served by the app itself, without a key, cached by ETag.</summary>
public sealed class DashboardPageTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/dashboard", "text/html")]
    [InlineData("/dashboard/assets/dashboard.js", "text/javascript")]
    [InlineData("/dashboard/assets/dashboard.css", "text/css")]
    [InlineData("/dashboard/assets/chart.umd.min.js", "text/javascript")]
    [InlineData("/dashboard/assets/graphql-ws.min.js", "text/javascript")]
    public async Task The_page_and_its_bundles_are_served_without_a_key(string path, string contentType)
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(path);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.ToString());
        using var cached = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(contentType, response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 500);
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
    }

    [Theory]
    [InlineData("/dashboard/assets/index.html")]
    [InlineData("/dashboard/assets/nothing.js")]
    [InlineData("/dashboard/assets/..%2Fappsettings.json")]
    public async Task Anything_else_is_not_found(string path)
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
