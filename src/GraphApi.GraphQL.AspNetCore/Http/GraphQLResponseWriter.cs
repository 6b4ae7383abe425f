using System.Buffers;
using GraphApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore.Http;

/// <summary>Writes a GraphQL result as the HTTP response, in UTF-8 JSON.</summary>
public static class GraphQLResponseWriter
{
    /// <summary>
    /// Writes a result with a status code and media type: serialized first, so the response has a Content-Length (no
    /// chunked encoding) and a result that fails to serialize becomes a 500 instead of a truncated body.
    /// </summary>
    public static async Task WriteAsync(HttpContext context, OperationResult result, int statusCode, string mediaType)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        using (var buffer = new PooledBufferWriter())
        {
            result.WriteTo(buffer);
            response.ContentLength = buffer.WrittenSpan.Length;
            response.BodyWriter.Write(buffer.WrittenSpan);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether <paramref name="result"/> is a refusal with <see cref="GraphQLServerErrorCodes.RateLimited"/>; if so, sets
    /// <c>Retry-After</c> from the error's <c>extensions.retryAfter</c> (whole seconds, rounded up).
    /// </summary>
    public static bool IsRateLimited(HttpResponse response, OperationResult result)
    {
        if (result.HasData || result.Errors is not [{ Code: GraphQLServerErrorCodes.RateLimited } error, ..])
        {
            return false;
        }

        if (error.Extensions!.TryGetValue("retryAfter", out var retryAfter) && retryAfter is not null)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(Convert.ToDouble(retryAfter, System.Globalization.CultureInfo.InvariantCulture)));
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return true;
    }

    /// <summary>Writes a request error (the request could not be read or is not allowed): errors only, no data.</summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, string message, string code, string? mediaType = null) =>
        WriteAsync(context, GraphQLServer.Error(message, code), statusCode, mediaType ?? MediaTypes.Json);
}
