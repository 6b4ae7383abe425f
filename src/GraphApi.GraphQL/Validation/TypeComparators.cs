using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

// graphql-js utilities/typeComparators.
/// <summary>Subtyping and overlap between schema types.</summary>
internal static class TypeComparators
{
    /// <summary>Whether a value of <paramref name="maybeSubType"/> may always stand where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull)
                {
                    return false;
                }

                maybeSubType = subNonNull.OfType;
                superType = superNonNull.OfType;
                continue;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList)
                {
                    return false;
                }

                maybeSubType = subList.OfType;
                superType = superList.OfType;
                continue;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType is InterfaceType or UnionType
                && maybeSubType is InterfaceType or ObjectType
                && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
        }
    }

    /// <summary>Whether some object type is a possible type of both composite types.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is InterfaceType or UnionType)
        {
            if (typeB is InterfaceType or UnionType)
            {
                foreach (var type in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(typeA, typeB);
        }

        return typeB is InterfaceType or UnionType && schema.IsSubType(typeB, typeA);
    }

    /// <summary>Whether the type is an object, interface or union type.</summary>
    public static bool IsCompositeType(GraphQLType? type) => type is ObjectType or InterfaceType or UnionType;
}
