namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>Keeps a property, method or enum member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute;
