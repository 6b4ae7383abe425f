namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>Makes a C# marker interface a GraphQL union of the registered classes that implement it.</summary>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class GraphQLUnionAttribute : Attribute;
