namespace GraphQLDotnetPeer;

/// <summary>The two sides of every comparison, as BenchmarkDotNet parameter values.</summary>
public static class Engines
{
    public const string GraphApi = "GraphApi";
    public const string GraphQLDotnet = "graphql-dotnet";
}
