using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Data;

/// <summary>Reads a field's value from its parent's property, for middleware added to a field without a resolver.</summary>
internal static class ParentProperty
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    /// <summary>A resolver reading the parent's public property named like <paramref name="field"/>, ignoring case.</summary>
    public static FieldResolver Resolver(FieldDefinition field)
    {
        var name = field.Name;
        return context => new ValueTask<object?>(context.Parent is { } parent
            && Getters.GetOrAdd((parent.GetType(), name), static key => Compile(key.Type, key.Name)) is { } getter
                ? getter(parent)
                : null);
    }

    private static Func<object, object?>? Compile(Type type, string name)
    {
        if (ClrMembers.Find(type, name) is not { GetMethod.IsPublic: true } property)
        {
            return null;
        }

        var parent = Expression.Parameter(typeof(object), "parent");
        var read = Expression.Property(Expression.Convert(parent, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), parent).Compile();
    }
}
