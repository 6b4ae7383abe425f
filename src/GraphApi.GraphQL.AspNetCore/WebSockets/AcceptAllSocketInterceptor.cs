using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore.WebSockets;

/// <summary>The default interceptor: acknowledges every connection.</summary>
public sealed class AcceptAllSocketInterceptor : IGraphQLSocketInterceptor
{
    /// <inheritdoc />
    public ValueTask<ConnectionDecision> OnConnectAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ConnectionDecision.Accept());
}
