using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.AspNetCore.Http;

namespace GraphApi.Security;

/// <summary>
/// Authenticates GraphQL requests on <c>Authorization: Bearer &lt;api key&gt;</c> before the endpoint runs;
/// refuses the rest with 401 and <c>AUTH_NOT_AUTHENTICATED</c>. The IDE page and its assets are public
/// (the key goes into the IDE's headers), and WebSockets authenticate in <c>connection_init</c>.
/// </summary>
public sealed class ApiKeyAuthenticationMiddleware(RequestDelegate next, ApiKeyAuthenticator authenticator, PathString graphQLPath)
{
    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext context, Caller caller)
    {
        if (!context.Request.Path.StartsWithSegments(graphQLPath, out var rest)
            || context.WebSockets.IsWebSocketRequest
            || (rest.HasValue && HttpMethods.IsGet(context.Request.Method))
            || GraphQLIde.IsPageRequest(context.Request))
        {
            await next(context);
            return;
        }

        var token = ApiKeyAuthenticator.BearerToken(context.Request.Headers.Authorization);
        if (token is null)
        {
            await RefuseAsync(context, "Send an API key as 'Authorization: Bearer <key>'; create one with 'dotnet run --project src/GraphApi -- keys create'.");
            return;
        }

        if (await authenticator.AuthenticateAsync(token, context.RequestAborted) is not { } key)
        {
            await RefuseAsync(context, "The API key is unknown or has been revoked.");
            return;
        }

        caller.SignIn(key);
        await next(context);
    }

    private static Task RefuseAsync(HttpContext context, string message)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        var mediaType = AcceptNegotiation.Choose(context.Request) ?? MediaTypes.Json;
        return GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, message, SecurityErrorCodes.NotAuthenticated, mediaType);
    }
}
