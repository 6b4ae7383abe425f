using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Data;

/// <summary>
/// Generates HotChocolate-style sort input types (<c>XSortInput</c>, <c>SortEnumType</c>) and applies an
/// <c>order</c> value as <c>OrderBy</c>/<c>ThenBy</c>, with the key as a stable tie-breaker.
/// </summary>
public static class Sorting
{
    private static readonly ConditionalWeakTable<ObjectType, InputObjectType> Types = new();

    /// <summary>The shared <c>enum SortEnumType { ASC DESC }</c>.</summary>
    public static EnumType SortEnumType { get; } = CreateSortEnum();

    private static EnumType CreateSortEnum()
    {
        var type = new EnumType("SortEnumType");
        type.Add(new EnumValueDefinition("ASC"));
        type.Add(new EnumValueDefinition("DESC"));
        return type;
    }

    /// <summary>Adds an <c>order: [XSortInput!]</c> argument to a field resolving to <see cref="IQueryable{T}"/> and applies it.</summary>
    public static FieldDefinition UseSorting<T>(this FieldDefinition field, ObjectType nodeType, DataFieldOptions? options = null)
    {
        field.Arguments.Add(new InputValueDefinition("order", new ListType(new NonNullType(SortType(nodeType, options)))));
        var inner = field.Resolver ?? throw new InvalidOperationException($"Field {field.Name} needs a resolver before UseSorting.");
        field.Resolver = async context =>
        {
            var result = await inner(context).ConfigureAwait(false);
            if (result is IQueryable<T> query && context.Arguments.GetValueOrDefault("order") is System.Collections.IEnumerable order)
            {
                return Apply(query, order.Cast<IReadOnlyDictionary<string, object?>>());
            }

            return result;
        };
        return field;
    }

    /// <summary>The <c>XSortInput</c> type for an object type.</summary>
    public static InputObjectType SortType(ObjectType type, DataFieldOptions? options = null)
    {
        lock (Types)
        {
            if (Types.TryGetValue(type, out var existing))
            {
                return existing;
            }

            var input = new InputObjectType(type.Name + "SortInput");
            Types.Add(type, input);
            foreach (var field in type.Fields)
            {
                if (options?.Ignore.Contains(field.Name) == true || field.Arguments.Count > 0 || field.Type.Nullable is ListType)
                {
                    continue;
                }

                switch (field.Type.GetNamedType())
                {
                    case ObjectType nested:
                        input.Fields.Add(new InputValueDefinition(field.Name, SortType(nested)));
                        break;
                    case ScalarType or EnumType:
                        input.Fields.Add(new InputValueDefinition(field.Name, SortEnumType));
                        break;
                }
            }

            return input;
        }
    }

    private static IQueryable<T> Apply<T>(IQueryable<T> query, IEnumerable<IReadOnlyDictionary<string, object?>> order)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var keys = new List<(Expression Key, bool Descending)>();
        foreach (var item in order)
        {
            Collect(parameter, item, keys);
        }

        if (keys.Count == 0)
        {
            return query;
        }

        var id = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance);
        if (id is not null)
        {
            keys.Add((Expression.Property(parameter, id), false));
        }

        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var (key, descending) = keys[i];
            var method = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), key.Type], expression, Expression.Quote(Expression.Lambda(key, parameter)));
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    private static void Collect(Expression target, IReadOnlyDictionary<string, object?> item, List<(Expression, bool)> keys)
    {
        foreach (var (name, value) in item)
        {
            if (value is null)
            {
                continue;
            }

            var property = target.Type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? throw new GraphQLException($"The field \"{name}\" cannot be sorted.", "SORT_INVALID");
            var access = Expression.Property(target, property);
            switch (value)
            {
                case IReadOnlyDictionary<string, object?> nested:
                    Collect(access, nested, keys);
                    break;
                case "ASC" or "DESC":
                    keys.Add((access, (string)value == "DESC"));
                    break;
                default:
                    throw new GraphQLException($"The sort direction of \"{name}\" is not valid.", "SORT_INVALID");
            }
        }
    }
}
