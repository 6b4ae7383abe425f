namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>The response of oracles/parse.mjs: the graphql-js version and one result per document, in request order.</summary>
public sealed record GraphQLJsParseResponse(string GraphqlVersion, IReadOnlyList<GraphQLJsParseResult> Results);
