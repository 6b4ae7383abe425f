using GraphApi.GraphQL.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore.Tests;

/// <summary>Rejects the token "forbidden", fails on "crash", and acknowledges the rest with a greeting payload.</summary>
public sealed class TestSocketInterceptor : IGraphQLSocketInterceptor
{
    public const string ForbiddenToken = "forbidden";

    public ValueTask<ConnectionDecision> OnConnectAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
    {
        if (payload?.GetValueOrDefault("crash") is true)
        {
            throw new InvalidOperationException("The interceptor failed.");
        }

        return ValueTask.FromResult(payload?.GetValueOrDefault("token") as string == ForbiddenToken
            ? ConnectionDecision.Reject()
            : ConnectionDecision.Accept(new Dictionary<string, object?> { ["greeting"] = "welcome" }));
    }
}
