using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

// Spec §3.5 Scalars
/// <summary>
/// A scalar type: how a leaf value is serialized in results, and parsed from variables and literals.
/// Failures throw <see cref="GraphQLException"/> with a message in graphql-js's words.
/// </summary>
/// <remarks>
/// Variables arrive as JSON-shaped values: null, <see cref="bool"/>, <see cref="string"/>,
/// <see cref="long"/> for integral numbers that fit, <see cref="double"/> for the others,
/// <see cref="IReadOnlyList{T}"/> of object and <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to object.
/// </remarks>
public abstract class ScalarType(string name, string? description = null) : NamedType(name, description)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>A URL to the scalar's specification (<c>@specifiedBy</c>).</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Whether this is one of the five scalars the spec defines (Int, Float, String, Boolean, ID).</summary>
    public virtual bool IsSpecified => false;

    /// <summary>Turns a resolver's value into a JSON-writable one (string, bool, int, long, double, decimal).</summary>
    public abstract object Serialize(object value);

    /// <summary>Turns a non-null variable value into the runtime value resolvers receive.</summary>
    public abstract object ParseValue(object value);

    /// <summary>Turns a non-null, variable-free literal into the runtime value resolvers receive.</summary>
    public abstract object ParseLiteral(IValueNode literal);

    /// <summary>Turns a runtime value back into a literal, for default values in SDL and introspection.</summary>
    public abstract IValueNode ValueToLiteral(object value);
}
