using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphApi.GraphQL.Execution;

// Spec §6.4.2 Value Resolution (the default when a field has no resolver)
/// <summary>
/// Reads a field from its parent without a resolver: a dictionary entry of the field's name, or the
/// public property or field whose name matches it ignoring case (<c>createdAt</c> reads <c>CreatedAt</c>),
/// through a getter compiled once per CLR type and name.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    public static object? Resolve(object? parent, string fieldName) => parent switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(fieldName),
        IDictionary<string, object?> map => map.TryGetValue(fieldName, out var value) ? value : null,
        IDictionary map => map[fieldName],
        _ => Getters.GetOrAdd((parent.GetType(), fieldName), static key => CompileGetter(key.Type, key.Name)) is { } getter ? getter(parent) : null,
    };

    private static Func<object, object?>? CompileGetter(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member = (MemberInfo?)type.GetProperty(name, flags) ?? type.GetField(name, flags);
        if (member is PropertyInfo { GetMethod: null } or PropertyInfo { GetMethod.IsPublic: false })
        {
            return null;
        }

        if (member is null)
        {
            return null;
        }

        var parent = Expression.Parameter(typeof(object), "parent");
        var read = Expression.MakeMemberAccess(Expression.Convert(parent, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), parent).Compile();
    }
}
