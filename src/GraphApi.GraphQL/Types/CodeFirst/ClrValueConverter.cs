using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>
/// Turns coerced GraphQL input values (scalar runtime values, enum runtime values, lists as
/// <see cref="IReadOnlyList{T}"/>, input objects already built) into the CLR type a resolver parameter
/// or input property declares. Each converter is made once, at schema build time.
/// </summary>
internal static class ClrValueConverter
{
    private static readonly Func<object?, object?> Identity = value => value;

    public static Func<object?, object?> For(Type target)
    {
        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            return For(underlying);
        }

        if (target == typeof(object) || target == typeof(string) || target.IsEnum)
        {
            return Identity;
        }

        if (ClrTypeShape.ListItemType(target) is { } itemType)
        {
            return ForList(target, itemType);
        }

        if (target == typeof(DateTime))
        {
            return value => value is DateTimeOffset instant ? instant.UtcDateTime : value;
        }

        if (target == typeof(Guid))
        {
            return value => value is string text
                ? Guid.TryParse(text, out var id) ? id : throw new GraphQLException($"\"{text}\" is not a valid GUID.")
                : value;
        }

        if (target.IsPrimitive || target == typeof(decimal))
        {
            return value => value is null || value.GetType() == target ? value : Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        return Identity;
    }

    private static Func<object?, object?> ForList(Type target, Type itemType)
    {
        var convertItem = For(itemType);
        var arrayType = itemType.MakeArrayType();
        var listType = typeof(List<>).MakeGenericType(itemType);
        var factoryName = target.IsAssignableFrom(arrayType) ? nameof(ToArray) : target.IsAssignableFrom(listType) ? nameof(ToList) : null;
        if (factoryName is null)
        {
            // Other collections (HashSet<T>, ...) are built from an IEnumerable<T> constructor, compiled once.
            var items = Expression.Parameter(typeof(object), "items");
            var constructor = target.GetConstructor([typeof(IEnumerable<>).MakeGenericType(itemType)])
                ?? throw new ArgumentException($"Collection type {target} has no constructor taking IEnumerable<{itemType.Name}>.");
            var fromArray = Expression.Lambda<Func<object, object>>(
                Expression.Convert(Expression.New(constructor, Expression.Convert(items, arrayType)), typeof(object)),
                items).Compile();
            var toArray = Factory(nameof(ToArray), itemType);
            return value => value is null ? null : fromArray(toArray(AsItems(value), convertItem));
        }

        var create = Factory(factoryName, itemType);
        return value => value is null ? null : create(AsItems(value), convertItem);
    }

    private static Func<IEnumerable<object?>, Func<object?, object?>, object> Factory(string name, Type itemType) =>
        typeof(ClrValueConverter).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(itemType)
            .CreateDelegate<Func<IEnumerable<object?>, Func<object?, object?>, object>>();

    private static IEnumerable<object?> AsItems(object value) => value as IEnumerable<object?> ?? [value];

    private static object ToArray<T>(IEnumerable<object?> items, Func<object?, object?> convertItem) =>
        ((List<T>)ToList<T>(items, convertItem)).ToArray();

    private static object ToList<T>(IEnumerable<object?> items, Func<object?, object?> convertItem)
    {
        var result = new List<T>();
        foreach (var item in items)
        {
            result.Add(convertItem(item) is { } converted ? (T)converted : default!);
        }

        return result;
    }
}
