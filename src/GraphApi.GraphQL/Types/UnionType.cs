using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Types;

// Spec §3.8 Unions
/// <summary>A union type: one of several object types.</summary>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types, in declaration order.</summary>
    public List<ObjectType> Types { get; } = [];

    /// <summary>Picks the object type of a runtime value; when null the executor tries each member's <see cref="ObjectType.IsTypeOf"/> and <see cref="ObjectType.RuntimeType"/>.</summary>
    public TypeResolver? ResolveType { get; set; }
}
