using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Types;

// Spec §3.7 Interfaces
/// <summary>An interface type: fields that several object (and interface) types share.</summary>
public sealed class InterfaceType(string name, string? description = null) : NamedType(name, description), IComplexOutputType
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <inheritdoc />
    public FieldCollection Fields { get; } = new();

    /// <inheritdoc />
    public List<InterfaceType> Interfaces { get; } = [];

    /// <summary>Picks the object type of a runtime value; when null the executor tries each possible type's <see cref="ObjectType.IsTypeOf"/> and <see cref="ObjectType.RuntimeType"/>.</summary>
    public TypeResolver? ResolveType { get; set; }
}
