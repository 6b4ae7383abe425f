using GraphApi.GraphQL.AspNetCore.Http;
using GraphApi.GraphQL.AspNetCore.Routing;
using Microsoft.AspNetCore.Authorization;
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
    /// and the IDE with its bundles under <c>{path}/ide/</c>. The IDE page and bundles are endpoints of their own and
    /// allow anonymous callers (they hold no data); the returned builder configures the GraphQL endpoint alone, so
    /// <c>RequireAuthorization()</c> on it leaves no other way in.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        var options = endpoints.ServiceProvider.GetRequiredService<GraphQLServerOptions>();
        var trimmed = path.TrimEnd('/');
        var route = trimmed.Length == 0 ? "/" : trimmed;
        if (options.EnableIde)
        {
            endpoints.MapGet(trimmed + "/" + GraphQLIde.AssetsSegment + "/{file}", (HttpContext context, string file) => GraphQLIde.WriteAssetAsync(context, file))
                .WithMetadata(new AllowAnonymousAttribute())
                .WithDisplayName("GraphQL IDE assets");
            endpoints.MapGet(route, (HttpContext context) => GraphQLIde.WritePageAsync(context, options.IdeTitle))
                .WithMetadata(new GraphQLIdePageMetadata(route), new AllowAnonymousAttribute())
                .WithDisplayName("GraphQL IDE page");
        }

        return endpoints.Map(route, handler.HandleAsync)
            .WithMetadata(new GraphQLEndpointMetadata(route))
            .WithDisplayName("GraphQL");
    }
}
