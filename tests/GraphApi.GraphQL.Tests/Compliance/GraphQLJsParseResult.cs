namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>
/// What graphql-js made of one document (oracles/parse.mjs): the printed document when it parsed,
/// or the syntax error's message and location when it did not.
/// </summary>
public sealed record GraphQLJsParseResult(string Name, bool Accepted, string? Printed, string? Message, int Line, int Column);
