namespace GraphApi.GraphQL.Types;

// Spec §4.2.1 __TypeKind
/// <summary>What kind of type a <see cref="GraphQLType"/> is, as introspection reports it.</summary>
public enum TypeKind
{
    /// <summary>A leaf value such as Int or DateTime.</summary>
    Scalar,

    /// <summary>An object type with fields.</summary>
    Object,

    /// <summary>An abstract type with fields, implemented by object and interface types.</summary>
    Interface,

    /// <summary>An abstract type listing its member object types.</summary>
    Union,

    /// <summary>A leaf type with a fixed set of values.</summary>
    Enum,

    /// <summary>A structured input value.</summary>
    InputObject,

    /// <summary>A list of another type.</summary>
    List,

    /// <summary>Another type that never holds null.</summary>
    NonNull,
}
