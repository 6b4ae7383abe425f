using Microsoft.AspNetCore.Authorization;

namespace GraphApi.Security;

/// <summary>
/// The GraphQL endpoint's requirement: an authenticated caller. The one exception is a WebSocket upgrade without an
/// <c>Authorization</c> header: browsers cannot send one, so the socket authenticates in <c>connection_init</c>
/// and runs nothing before (graphql-transport-ws closes a subscribe before acknowledgement with 4401).
/// </summary>
public sealed class GraphQLCallerRequirement : AuthorizationHandler<GraphQLCallerRequirement>, IAuthorizationRequirement
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, GraphQLCallerRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true
            || (context.Resource is HttpContext http && http.WebSockets.IsWebSocketRequest && !http.Request.Headers.ContainsKey("Authorization")))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
