using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Inspects a WebSocket's <c>connection_init</c> payload (where clients put credentials) and decides
/// whether to acknowledge the connection. Register an implementation in the service container.
/// </summary>
public interface IGraphQLSocketInterceptor
{
    /// <summary>Decides on a connection; a rejection closes the socket with 4403 Forbidden.</summary>
    ValueTask<ConnectionDecision> OnConnectAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken);
}
