using GraphApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore.Http;

/// <summary>Writes a GraphQL result as the HTTP response, in UTF-8 JSON.</summary>
public static class GraphQLResponseWriter
{
    /// <summary>Writes a result with a status code and media type.</summary>
    public static async Task WriteAsync(HttpContext context, OperationResult result, int statusCode, string mediaType)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        await result.WriteToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes a request error (the request could not be read or is not allowed): errors only, no data.</summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, string message, string code, string? mediaType = null) =>
        WriteAsync(context, GraphQLServer.Error(message, code), statusCode, mediaType ?? MediaTypes.Json);
}
