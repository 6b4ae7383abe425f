namespace GraphApi.GraphQL.AspNetCore.Routing;

/// <summary>Marks the IDE page's endpoint, which shares the GraphQL endpoint's route.</summary>
/// <param name="Path">The GraphQL endpoint's path, as mapped: the page answers only there, exactly.</param>
public sealed record GraphQLIdePageMetadata(string Path);
