using GraphApi.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL at <paramref name="path"/>: GraphQL over HTTP (GET and POST), WebSocket
    /// (graphql-transport-ws; call <c>app.UseWebSockets()</c> first), server-sent events, <c>?sdl</c>,
    /// and the IDE with its bundles under <c>{path}/ide/</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        var options = endpoints.ServiceProvider.GetRequiredService<GraphQLServerOptions>();
        var trimmed = path.TrimEnd('/');
        if (options.EnableIde)
        {
            endpoints.MapGet(trimmed + "/" + GraphQLIde.AssetsSegment + "/{file}", (HttpContext context, string file) => GraphQLIde.WriteAssetAsync(context, file));
        }

        return endpoints.Map(trimmed.Length == 0 ? "/" : trimmed, handler.HandleAsync);
    }
}
