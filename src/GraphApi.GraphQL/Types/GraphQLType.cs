namespace GraphApi.GraphQL.Types;

// Spec §3.4 Types
/// <summary>Any GraphQL type: a named type, or a list or non-null wrapper of one.</summary>
public abstract class GraphQLType
{
    /// <summary>The type's kind.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the bottom of any list and non-null wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>This type without a non-null wrapper at its top.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Whether values of this type may be given as input (scalars, enums, input objects and wrappers of them).</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Whether values of this type may be returned by fields (everything but input objects).</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    /// <summary>The type in SDL notation, e.g. <c>[Request!]!</c>.</summary>
    public abstract override string ToString();
}

/// <summary>A list of <see cref="OfType"/>.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; } = ofType;

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc />
    public override string ToString() => $"[{OfType}]";
}

/// <summary><see cref="OfType"/>, never null.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps a nullable type.</summary>
    /// <exception cref="ArgumentException">When <paramref name="ofType"/> is itself non-null.</exception>
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Type {ofType} is already non-null.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type wrapped.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc />
    public override string ToString() => $"{OfType}!";
}
