namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>
/// Uses the given scalar (a <see cref="ScalarType"/> subclass registered with the builder, or one with a
/// parameterless constructor) for a member instead of the one its CLR type maps to; nullability and lists
/// still come from the CLR type.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLTypeAttribute(Type scalarType) : Attribute
{
    /// <summary>The <see cref="ScalarType"/> subclass.</summary>
    public Type ScalarType { get; } = scalarType;
}
