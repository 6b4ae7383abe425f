using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.AspNetCore.Http;
using GraphApi.GraphQL.AspNetCore.Routing;

namespace GraphApi.Security;

/// <summary>
/// After authentication: signs the request's <see cref="Caller"/> in from the key or token it presented; and on the
/// GraphQL endpoint holds long-lived connections to their limits — a WebSocket takes one of its address's places, an
/// event stream one of its caller's (and ends when the key is revoked or the token expires).
/// </summary>
public sealed class CallerMiddleware(RequestDelegate next, ConnectionRegistry registry, SecurityLimitsOptions limits)
{
    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext context, Caller caller)
    {
        if (context.Items[ApiKeyAuthenticationHandler.KeyItem] is AuthenticatedKey key)
        {
            caller.SignIn(key);
        }
        else if (context.Items[TokenAuthenticator.GrantItem] is AuthenticatedToken token)
        {
            caller.SignIn(token);
        }

        if (context.GetEndpoint()?.Metadata.GetMetadata<GraphQLEndpointMetadata>() is null)
        {
            await next(context);
            return;
        }

        if (context.WebSockets.IsWebSocketRequest)
        {
            if (registry.TryOpenAddress(context.Connection.RemoteIpAddress) is not { } place)
            {
                await RefuseAsync(context, $"This address holds {limits.MaxWebSocketsPerAddress} WebSockets, the most allowed; close one first.");
                return;
            }

            context.Response.RegisterForDispose(place);
        }
        else if (caller.IsAuthenticated && AcceptNegotiation.WantsEventStream(context.Request))
        {
            if (registry.TryOpen(ConnectionKind.EventStream, caller) is not { } stream)
            {
                await RefuseAsync(context, $"This key holds {limits.MaxEventStreamsPerKey} event streams, the most allowed; close one first.");
                return;
            }

            context.Features.Set<IGraphQLConnectionLifetimeFeature>(stream);
            context.Response.RegisterForDispose(stream);
        }

        await next(context);
    }

    private static Task RefuseAsync(HttpContext context, string message)
    {
        context.Response.Headers.RetryAfter = "10";
        return GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, message, SecurityErrorCodes.TooManyConnections);
    }
}
