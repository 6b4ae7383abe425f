namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>One document of the parser corpus and whether its folder says graphql-js accepts it.</summary>
public sealed record ParserCorpusDocument(string Name, string Source, bool ExpectedValid);
