using GraphApi.GraphQL.AspNetCore.WebSockets;

namespace GraphApi.Security;

/// <summary>
/// Authenticates a WebSocket in its <c>connection_init</c> payload: <c>{ "Authorization": "Bearer &lt;key&gt;" }</c>
/// (browsers cannot set headers on a WebSocket). An upgrade request's own Authorization header works too.
/// Without a valid key the socket closes with 4403.
/// </summary>
public sealed class ApiKeySocketInterceptor(ApiKeyAuthenticator authenticator) : IGraphQLSocketInterceptor
{
    /// <inheritdoc />
    public async ValueTask<ConnectionDecision> OnConnectAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
    {
        var authorization = payload?.FirstOrDefault(entry => string.Equals(entry.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value as string
            ?? context.Request.Headers.Authorization.ToString();
        var token = ApiKeyAuthenticator.BearerToken(authorization);
        if (token is null || await authenticator.AuthenticateAsync(token, cancellationToken) is not { } key)
        {
            return ConnectionDecision.Reject($"{SecurityErrorCodes.NotAuthenticated}: send {{\"Authorization\": \"Bearer <key>\"}} in connection_init");
        }

        context.RequestServices.GetRequiredService<Caller>().SignIn(key);
        return ConnectionDecision.Accept();
    }
}
