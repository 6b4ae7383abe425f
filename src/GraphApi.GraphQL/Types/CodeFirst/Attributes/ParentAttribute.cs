namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>Binds a resolver parameter to the parent object rather than to a GraphQL argument.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;
