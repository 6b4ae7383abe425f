using GraphApi.Events;
using GraphApi.Expectations;
using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.AspNetCore.WebSockets;
using GraphApi.GraphQL.Language;
using GraphApi.Integrations.Webhooks;
using GraphApi.Security;

namespace GraphApi.Api;

/// <summary>How the service mounts its GraphQL endpoint.</summary>
public static class GraphQLServiceExtensions
{
    /// <summary>The most tokens a request document may have (MAX_TOKENS_EXCEEDED past it).</summary>
    public const int MaxDocumentTokens = 5_000;

    /// <summary>The GraphQL endpoint's services: the schema, authentication, limits and the WebSocket check.</summary>
    public static IServiceCollection AddGraphApiGraphQL(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddGraphApiSecurity();
        services.AddScoped<MutationContext>();
        services.AddSingleton<EventFeed>();
        services.AddHostedService(provider => provider.GetRequiredService<EventFeed>());
        services.AddScoped<EventEntityLoader>();
        services.AddSingleton(provider => provider.GetRequiredService<IConfiguration>().GetSection("Expectations").Get<ExpectationMonitorOptions>() ?? new ExpectationMonitorOptions());
        services.AddSingleton<ExpectationMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<ExpectationMonitor>());
        services.AddGraphApiWebhooks();
        services.AddAutoMapper(_ => { }, typeof(GraphApiSchema).Assembly);
        services.AddGraphQLServer(_ => GraphApiSchema.Build(), (provider, options) =>
        {
            options.IdeTitle = "GraphApi";

            // The example operations double as persisted documents: clients may send {"id": "<sha-256 of the file>"}.
            options.PersistedOperationsPath = Path.Combine(Path.GetDirectoryName(SchemaCommand.DefaultPath(AppContext.BaseDirectory))!, "operations");
            options.Execution.MaxDepth = 15;
            options.Execution.AdmitOperation = admission => (admission.Request.Services ?? provider).GetRequiredService<OperationAdmissionPolicy>().AdmitAsync(admission);
            var limits = provider.GetRequiredService<SecurityLimitsOptions>();
            options.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            options.MaxWebSocketMessageBytes = limits.MaxWebSocketMessageBytes;
            options.MaxOperationsPerWebSocket = limits.MaxOperationsPerWebSocket;

            // The largest example operation has under 150 tokens and the IDE's introspection query about 300: a document
            // of thousands is hostile, and is refused while it is read rather than validated for seconds.
            options.Execution.Parser = ParserOptions.Default with { MaxTokens = MaxDocumentTokens };
        });
        return services;
    }

    /// <summary>
    /// Maps <c>/graphql</c> (HTTP, WebSocket, SSE) behind its authorization policy; only the IDE page and its assets,
    /// endpoints of their own, are anonymous.
    /// </summary>
    public static WebApplication MapGraphApiGraphQL(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseGraphApiSecurity();
        app.MapGraphQL("/graphql").RequireAuthorization(GraphApiAuthentication.GraphQLPolicy);
        return app;
    }
}
