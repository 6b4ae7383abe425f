using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Introspection;

// Spec §4.2 Schema Introspection
/// <summary>The introspection types (<c>__Schema</c>, <c>__Type</c>, ...) every schema has.</summary>
public static class IntrospectionTypes
{
    /// <summary>Every introspection type.</summary>
    public static IReadOnlyList<NamedType> All { get; } = [];
}
