using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// A file embedded in an assembly at build time (a page, a script or style bundle vendored from npm), served with a
/// strong ETag so that a browser revalidates it with <c>If-None-Match</c> and gets a 304 while it is unchanged.
/// </summary>
public sealed class EmbeddedAsset
{
    private EmbeddedAsset(byte[] content, string contentType)
    {
        Content = content;
        ContentType = contentType;
        ETag = new EntityTagHeaderValue($"\"{Convert.ToHexString(SHA256.HashData(content).AsSpan(0, 8))}\"").ToString();
    }

    /// <summary>The file's bytes.</summary>
    public byte[] Content { get; }

    /// <summary>The media type its extension gives: HTML, CSS, or JavaScript for anything else.</summary>
    public string ContentType { get; }

    /// <summary>The strong entity tag of <see cref="Content"/>.</summary>
    public string ETag { get; }

    /// <summary>The resource <paramref name="name"/> of <paramref name="assembly"/>; a missing one names the npm packages it comes from, since <c>npm ci</c> not having run is the usual cause.</summary>
    public static EmbeddedAsset Load(Assembly assembly, string name, string packagesFolder)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing: the build embeds it from {packagesFolder} (npm ci).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var contentType = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => "text/javascript; charset=utf-8",
        };
        return new EmbeddedAsset(buffer.ToArray(), contentType);
    }

    /// <summary>Writes the file, or a 304 when the request's <c>If-None-Match</c> already has this version.</summary>
    public async Task WriteAsync(HttpContext context, string cacheControl)
    {
        context.Response.Headers.ETag = ETag;
        context.Response.Headers.CacheControl = cacheControl;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch == ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = ContentType;
        context.Response.ContentLength = Content.Length;
        await context.Response.Body.WriteAsync(Content, context.RequestAborted);
    }
}
