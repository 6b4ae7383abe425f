using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace GraphApi.Metrics;

/// <summary>
/// The relationship dashboard at <c>/dashboard</c>: a page of our own and its bundles (Chart.js, the graphql-ws client),
/// embedded at build time from the pinned npm packages, so it works with no network. It asks for an API key and reads
/// everything through <c>/graphql</c>, like any other client.
/// </summary>
public static class DashboardPage
{
    public const string Path = "/dashboard";

    private static readonly FrozenDictionary<string, Asset> Assets = new[]
    {
        "index.html", "dashboard.js", "dashboard.css", "chart.umd.min.js", "graphql-ws.min.js",
    }.ToFrozenDictionary(file => file, Load);

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

    private static async Task WriteAsync(HttpContext context, string file, string cacheControl)
    {
        if (!Assets.TryGetValue(file, out var asset))
        {
            await NotFound(context);
            return;
        }

        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.CacheControl = cacheControl;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Content.Length;
        await context.Response.Body.WriteAsync(asset.Content, context.RequestAborted);
    }

    private static Asset Load(string file)
    {
        using var stream = typeof(DashboardPage).Assembly.GetManifestResourceStream("Dashboard/" + file)
            ?? throw new InvalidOperationException($"The dashboard resource {file} is missing: the build embeds it from Metrics/Dashboard (npm ci).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var contentType = System.IO.Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => "text/javascript; charset=utf-8",
        };
        return new Asset(content, contentType, new EntityTagHeaderValue($"\"{Convert.ToHexString(SHA256.HashData(content).AsSpan(0, 8))}\"").ToString());
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
