using System.Collections.Frozen;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// The GraphiQL IDE, served from the app itself (no CDN): the page a browser gets from the GraphQL
/// endpoint, and its script and style bundles, embedded at build time from the pinned npm packages.
/// </summary>
public static class GraphQLIde
{
    /// <summary>The path segment below the endpoint under which the bundles are served.</summary>
    public const string AssetsSegment = "ide";

    private static readonly FrozenDictionary<string, EmbeddedAsset> Assets = new[]
    {
        "graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js", "graphql-ws.min.js",
    }.ToFrozenDictionary(file => file, file => Load("Ide/" + file));

    private static readonly string PageTemplate = Encoding.UTF8.GetString(Load("Ide/index.html").Content);

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
    public static Task WriteAssetAsync(HttpContext context, string fileName)
    {
        if (!Assets.TryGetValue(fileName, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return asset.WriteAsync(context, "public, max-age=86400");
    }

    private static EmbeddedAsset Load(string name) => EmbeddedAsset.Load(typeof(GraphQLIde).Assembly, name, "Ide/node_modules");
}
