using System.Collections.Frozen;
using GraphApi.GraphQL.AspNetCore;

namespace GraphApi.Metrics;

/// <summary>
/// The relationship dashboard at <c>/dashboard</c>: a page of our own and its bundles (Chart.js, the graphql-ws client),
/// embedded at build time from the pinned npm packages, so it works with no network. It asks for an API key and reads
/// everything through <c>/graphql</c>, like any other client.
/// </summary>
public static class DashboardPage
{
    public const string Path = "/dashboard";

    private static readonly FrozenDictionary<string, EmbeddedAsset> Assets = new[]
    {
        "index.html", "dashboard.js", "dashboard.css", "chart.umd.min.js", "graphql-ws.min.js",
    }.ToFrozenDictionary(file => file, file => EmbeddedAsset.Load(typeof(DashboardPage).Assembly, "Dashboard/" + file, "Metrics/Dashboard"));

    /// <summary>Maps the page and its bundles (<c>/dashboard/assets/{file}</c>); neither needs a key, every figure does.</summary>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.MapGet(Path, context => WriteAsync(context, "index.html", "no-cache")).AllowAnonymous();
        app.MapGet(Path + "/assets/{file}", context => context.Request.RouteValues["file"] is string file && file != "index.html"
            ? WriteAsync(context, file, "public, max-age=3600")
            : NotFound(context)).AllowAnonymous();
        return app;
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static Task WriteAsync(HttpContext context, string file, string cacheControl) =>
        Assets.TryGetValue(file, out var asset) ? asset.WriteAsync(context, cacheControl) : NotFound(context);
}
