using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.AspNetCore.WebSockets;

namespace GraphApi.Security;

/// <summary>
/// Authenticates a WebSocket in its <c>connection_init</c> payload: <c>{ "Authorization": "Bearer &lt;key or token&gt;" }</c>
/// (browsers cannot set headers on a WebSocket). An upgrade request's own Authorization header works too. Without a
/// valid credential the socket closes with 4403; over the caller's socket limit, with 1013 (try again later). The
/// socket then lives only as long as its key is not revoked and its token not expired.
/// </summary>
public sealed class ApiKeySocketInterceptor(ApiKeyAuthenticator keys, TokenAuthenticator tokens, JwtOptions jwt, ConnectionRegistry registry, SecurityLimitsOptions limits)
    : IGraphQLSocketInterceptor
{
    private const int TryAgainLater = 1013;

    /// <inheritdoc />
    public async ValueTask<ConnectionDecision> OnConnectAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
    {
        var caller = context.RequestServices.GetRequiredService<Caller>();
        var authorization = payload?.FirstOrDefault(entry => string.Equals(entry.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value as string;
        if (authorization is not null || !caller.IsAuthenticated)
        {
            var credential = ApiKeyAuthenticator.BearerToken(authorization ?? context.Request.Headers.Authorization.ToString());
            if (credential is null)
            {
                return ConnectionDecision.Reject($"{SecurityErrorCodes.NotAuthenticated}: send {{\"Authorization\": \"Bearer <key>\"}} in connection_init");
            }

            if (jwt.Enabled && GraphApiAuthentication.LooksLikeJwt(credential))
            {
                var (grant, failure) = await tokens.AuthenticateAsync(credential, cancellationToken);
                if (grant is null)
                {
                    return ConnectionDecision.Reject(CloseReason($"{SecurityErrorCodes.NotAuthenticated}: {failure}"));
                }

                caller.SignIn(grant);
            }
            else
            {
                var check = await keys.AuthenticateAsync(credential, context.Connection.RemoteIpAddress, cancellationToken);
                if (check.RetryAfter is not null)
                {
                    return ConnectionDecision.Reject("RATE_LIMITED: too many failed keys from this address", TryAgainLater);
                }

                if (check.Key is not { } key)
                {
                    return ConnectionDecision.Reject($"{SecurityErrorCodes.NotAuthenticated}: the API key is unknown or has been revoked");
                }

                caller.SignIn(key);
            }
        }

        if (registry.TryOpen(ConnectionKind.WebSocket, caller) is not { } connection)
        {
            return ConnectionDecision.Reject($"{SecurityErrorCodes.TooManyConnections}: at most {limits.MaxWebSocketsPerKey} sockets per key", TryAgainLater);
        }

        context.Features.Set<IGraphQLConnectionLifetimeFeature>(connection);
        context.Response.RegisterForDispose(connection);
        return ConnectionDecision.Accept();
    }

    // A close reason is at most 123 bytes of UTF-8.
    private static string CloseReason(string reason)
    {
        while (System.Text.Encoding.UTF8.GetByteCount(reason) > 123)
        {
            reason = reason[..^1];
        }

        return reason;
    }
}
