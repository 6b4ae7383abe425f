namespace GraphApi.GraphQL.AspNetCore.Routing;

/// <summary>Marks the GraphQL endpoint, so the IDE page's matcher policy can set it aside for a browser opening the page.</summary>
/// <param name="Path">The endpoint's path, as mapped.</param>
public sealed record GraphQLEndpointMetadata(string Path);
