using GraphApi.GraphQL.AspNetCore.Http;
using GraphApi.GraphQL.AspNetCore.Persisted;
using GraphApi.GraphQL.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing;
using GraphApi.GraphQL.AspNetCore.Sse;
using GraphApi.GraphQL.AspNetCore.WebSockets;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL server.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL server for a schema: the engine executor, the persisted operations of the
    /// configured folder, the transports, and an accept-all <see cref="IGraphQLSocketInterceptor"/>
    /// unless the app registers its own.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Func<IServiceProvider, Schema> schema, Action<GraphQLServerOptions>? configure = null) =>
        services.AddGraphQLServer(schema, (_, options) => configure?.Invoke(options));

    /// <summary>
    /// Registers the GraphQL server for a schema, with options configured from the app's services (its configuration,
    /// say) when the server is first needed.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Func<IServiceProvider, Schema> schema, Action<IServiceProvider, GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSingleton(provider =>
        {
            var options = new GraphQLServerOptions();
            configure(provider, options);
            return options;
        });
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<GraphQLServerOptions>();
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger("GraphApi.GraphQL.Execution");
            if (logger is not null)
            {
                options.Execution.OnUnexpectedError ??= (exception, path) => logger.LogError(exception, "Resolver of {Path} failed", path);
            }

            return new RequestExecutor(schema(provider), options.Execution);
        });
        services.AddSingleton(provider =>
        {
            var path = provider.GetRequiredService<GraphQLServerOptions>().PersistedOperationsPath;
            if (!Path.IsPathRooted(path))
            {
                var root = provider.GetService<IWebHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
                path = Path.Combine(root, path);
            }

            return PersistedOperationStore.FromDirectory(path);
        });
        services.AddSingleton<GraphQLServer>();
        services.AddSingleton<GraphQLWebSocketHandler>();
        services.AddSingleton<GraphQLSseHandler>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.TryAddSingleton<IGraphQLSocketInterceptor, AcceptAllSocketInterceptor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, GraphQLIdeMatcherPolicy>());
        return services;
    }

    /// <summary>Registers the GraphQL server for a schema built once.</summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null) =>
        services.AddGraphQLServer(_ => schema, configure);
}
