namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>An error as graphql-js reports it: message and locations.</summary>
public sealed record OracleError(string Message, IReadOnlyList<OracleLocation> Locations);

/// <summary>A 1-based line and column from graphql-js.</summary>
public sealed record OracleLocation(int Line, int Column);
