using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphApi.GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts WebSocket upgrades on the endpoint and runs a graphql-transport-ws session on each.</summary>
public sealed class GraphQLWebSocketHandler(GraphQLServer server, IGraphQLSocketInterceptor interceptor, IHostApplicationLifetime lifetime, ILogger<GraphQLWebSocketHandler> logger)
{
    /// <summary>The subprotocol served.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>Accepts the upgrade and runs the session until it closes.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var requested = context.WebSockets.WebSocketRequestedProtocols;
        var offered = requested.Contains(SubProtocol);

        // A client offering other subprotocols gets its first one echoed, so its handshake succeeds and it sees 4406.
        using var socket = await context.WebSockets.AcceptWebSocketAsync(offered ? SubProtocol : requested.FirstOrDefault()).ConfigureAwait(false);
        if (!offered)
        {
            await socket.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var session = new GraphQLWebSocketSession(server, interceptor, context, socket, logger);
        await session.RunAsync(context.RequestAborted, lifetime.ApplicationStopping).ConfigureAwait(false);
    }
}
