namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>Makes a C# interface a GraphQL interface; classes implementing it declare it.</summary>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class GraphQLInterfaceAttribute : Attribute;
