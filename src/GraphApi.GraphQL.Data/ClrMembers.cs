using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Data;

/// <summary>How filtering, sorting and projection find the CLR member behind a GraphQL field.</summary>
internal static class ClrMembers
{
    private const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;

    // Projection asks for every selected property on every request; GetInterfaces allocates an array each time.
    private static readonly ConcurrentDictionary<Type, Type?> ElementTypes = new();

    /// <summary>The public property a field named <paramref name="fieldName"/> reads (<c>createdAt</c> reads <c>CreatedAt</c>), or null.</summary>
    public static PropertyInfo? Find(Type type, string fieldName) => type.GetProperty(fieldName, Flags);

    /// <summary>The read of the property behind <paramref name="fieldName"/> on <paramref name="target"/>.</summary>
    /// <exception cref="GraphQLException">With <paramref name="code"/> when the type has no such property.</exception>
    public static MemberExpression Access(Expression target, string fieldName, string verb, string code) =>
        Expression.Property(target, Find(target.Type, fieldName)
            ?? throw new GraphQLException($"The field \"{fieldName}\" cannot be {verb}.", code));

    /// <summary>The element type of a sequence type other than string, or null.</summary>
    public static Type? ElementType(Type type) => ElementTypes.GetOrAdd(type, FindElementType);

    private static Type? FindElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        return type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }
}
