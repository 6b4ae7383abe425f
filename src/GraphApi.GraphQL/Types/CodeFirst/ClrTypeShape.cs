using System.Collections;
using System.Reflection;

namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>
/// A CLR type seen the way GraphQL sees it: tasks unwrapped, lists and nullability made explicit, down
/// to the leaf CLR type that maps to a named GraphQL type.
/// </summary>
/// <param name="ClrType">The leaf CLR type (for a list, the list's own CLR type).</param>
/// <param name="IsNullable">Whether null is allowed at this level.</param>
/// <param name="Item">For a list, the shape of its items; null otherwise.</param>
internal sealed record ClrTypeShape(Type ClrType, bool IsNullable, ClrTypeShape? Item)
{
    /// <summary>The leaf CLR type at the bottom of any lists.</summary>
    public Type NamedClrType => Item?.NamedClrType ?? ClrType;

    /// <summary>Describes a property's, parameter's or return value's type from its nullability annotations.</summary>
    public static ClrTypeShape Describe(Type type, NullabilityInfo? nullability)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Task<>) || definition == typeof(ValueTask<>) || definition == typeof(IAsyncEnumerable<>))
            {
                return Describe(type.GetGenericArguments()[0], GenericArgument(nullability, 0));
            }

            if (definition == typeof(Nullable<>))
            {
                return Describe(type.GetGenericArguments()[0], null) with { IsNullable = true };
            }
        }

        var isNullable = !type.IsValueType && nullability?.ReadState != NullabilityState.NotNull;
        if (type.IsArray)
        {
            return new ClrTypeShape(type, isNullable, Describe(type.GetElementType()!, nullability?.ElementType));
        }

        if (ListItemType(type) is { } itemType)
        {
            var itemNullability = type.IsGenericType && type.GetGenericArguments().Length == 1 ? GenericArgument(nullability, 0) : null;
            return new ClrTypeShape(type, isNullable, Describe(itemType, itemNullability));
        }

        return new ClrTypeShape(type, isNullable, null);
    }

    /// <summary>The item type of a collection that GraphQL sees as a list; null for strings, dictionaries and non-collections.</summary>
    public static Type? ListItemType(Type type)
    {
        if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        Type? item = null;
        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType)
            {
                var definition = candidate.GetGenericTypeDefinition();
                if (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
                {
                    return null;
                }

                if (definition == typeof(IEnumerable<>))
                {
                    item = candidate.GetGenericArguments()[0];
                }
            }
        }

        return item;
    }

    private static NullabilityInfo? GenericArgument(NullabilityInfo? nullability, int index) =>
        nullability is not null && nullability.GenericTypeArguments.Length > index ? nullability.GenericTypeArguments[index] : null;
}
