using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace GraphApi.GraphQL.AspNetCore.Routing;

/// <summary>
/// Chooses between the IDE page and the GraphQL endpoint on their shared route: the page only for a request that is
/// exactly a browser opening it (<see cref="GraphQLIde.IsPageRequest"/>), the GraphQL endpoint for everything else.
/// So the page may be anonymous while the endpoint requires authorization, with nothing in between.
/// </summary>
internal sealed class GraphQLIdeMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    /// <inheritdoc />
    public override int Order => 0;

    /// <inheritdoc />
    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(endpoint => endpoint.Metadata.GetMetadata<GraphQLIdePageMetadata>() is not null);

    /// <inheritdoc />
    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        string? pagePath = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && candidates[i].Endpoint.Metadata.GetMetadata<GraphQLIdePageMetadata>() is { } page)
            {
                var isPage = GraphQLIde.IsPageRequest(httpContext.Request, page.Path);
                candidates.SetValidity(i, isPage);
                pagePath ??= isPage ? page.Path : null;
            }
        }

        for (var i = 0; pagePath is not null && i < candidates.Count; i++)
        {
            if (candidates[i].Endpoint.Metadata.GetMetadata<GraphQLEndpointMetadata>() is { } endpoint && endpoint.Path == pagePath)
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}
