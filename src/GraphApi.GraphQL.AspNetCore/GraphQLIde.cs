using System.Collections.Frozen;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// The GraphiQL IDE, served from the app itself (no CDN): the page a browser gets from the GraphQL
/// endpoint, and its script and style bundles, embedded at build time from the pinned npm packages.
/// </summary>
public static class GraphQLIde
{
    /// <summary>The path segment below the endpoint under which the bundles are served.</summary>
    public const string AssetsSegment = "ide";

    private static readonly FrozenDictionary<string, Asset> Assets = LoadAssets();
    private static readonly string PageTemplate = Encoding.UTF8.GetString(Read("Ide/index.html"));

    /// <summary>
    /// Whether a request is a browser opening the endpoint at <paramref name="path"/>: a GET of exactly that path (same
    /// case, no trailing slash, no query string at all) that accepts HTML and is no WebSocket upgrade. Anything else
    /// goes to the GraphQL endpoint and its authorization.
    /// </summary>
    public static bool IsPageRequest(HttpRequest request, string path) =>
        HttpMethods.IsGet(request.Method)
        && string.Equals(request.Path.Value, path, StringComparison.Ordinal)
        && !request.QueryString.HasValue
        && !request.HttpContext.WebSockets.IsWebSocketRequest
        && request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes the IDE page, pointed at the endpoint the request came to.</summary>
    public static Task WritePageAsync(HttpContext context, string title)
    {
        var endpoint = context.Request.PathBase + context.Request.Path;
        var page = PageTemplate
            .Replace("{{title}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
            .Replace("{{assets}}", WebUtility.HtmlEncode($"{endpoint.ToString().TrimEnd('/')}/{AssetsSegment}"), StringComparison.Ordinal)
            .Replace("{{endpoint}}", JsonSerializer.Serialize(endpoint.ToString()), StringComparison.Ordinal);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(page, context.RequestAborted);
    }

    /// <summary>Writes one bundle by file name, or 404 when there is no such bundle; bundles are cached by ETag.</summary>
    public static async Task WriteAssetAsync(HttpContext context, string fileName)
    {
        if (!Assets.TryGetValue(fileName, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.CacheControl = "public, max-age=86400";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Content.Length;
        await context.Response.Body.WriteAsync(asset.Content, context.RequestAborted);
    }

    private static FrozenDictionary<string, Asset> LoadAssets()
    {
        string[] files = ["graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js", "graphql-ws.min.js"];
        return files.ToFrozenDictionary(file => file, file =>
        {
            var content = Read("Ide/" + file);
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content).AsSpan(0, 8));
            var contentType = file.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            return new Asset(content, contentType, new EntityTagHeaderValue($"\"{hash}\"").ToString());
        });
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(GraphQLIde).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The IDE resource {name} is missing: the build embeds it from Ide/node_modules (npm ci).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
