namespace GraphApi.GraphQL.Types;

// Spec §3.6 Objects
/// <summary>An object type: fields resolved against a runtime value.</summary>
public sealed class ObjectType(string name, string? description = null) : NamedType(name, description), IComplexOutputType
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;

    /// <inheritdoc />
    public FieldCollection Fields { get; } = new();

    /// <inheritdoc />
    public List<InterfaceType> Interfaces { get; } = [];

    /// <summary>Tells whether a runtime value is of this type, for resolving interfaces and unions.</summary>
    public Func<object, bool>? IsTypeOf { get; set; }

    /// <summary>The CLR type whose instances are of this type, for resolving interfaces and unions.</summary>
    public Type? RuntimeType { get; set; }
}
