using System.Globalization;
using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.AspNetCore.Http;

namespace GraphApi.Security;

/// <summary>Writes why a request was not let in: 401 with <c>AUTH_NOT_AUTHENTICATED</c>, or 429 with <c>RATE_LIMITED</c> for a throttled address.</summary>
public static class AuthenticationRefusal
{
    /// <summary>What a request without any credential is told.</summary>
    public const string MissingCredential = "Send an API key as 'Authorization: Bearer <key>' (create one with 'dotnet run --project src/GraphApi -- keys create'), or a token from the identity provider.";

    /// <summary>Writes the refusal; <paramref name="wwwAuthenticate"/> is the challenge header (RFC 6750).</summary>
    public static Task WriteAsync(HttpContext context, string message, TimeSpan? retryAfter, string wwwAuthenticate = "Bearer")
    {
        var mediaType = AcceptNegotiation.Choose(context.Request) ?? MediaTypes.Json;
        if (retryAfter is { } wait)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var error = new GraphApi.GraphQL.GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = GraphQLServerErrorCodes.RateLimited, ["retryAfter"] = seconds });
            return GraphQLResponseWriter.WriteAsync(context, GraphApi.GraphQL.Execution.OperationResult.FromErrors([error]), StatusCodes.Status429TooManyRequests, mediaType);
        }

        context.Response.Headers.WWWAuthenticate = wwwAuthenticate;
        return GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, message, SecurityErrorCodes.NotAuthenticated, mediaType);
    }
}
