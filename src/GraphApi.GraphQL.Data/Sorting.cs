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

    /// <summary>
    /// Adds an <c>order: [XSortInput!]</c> argument to a field and applies it: to an <see cref="IQueryable{T}"/>
    /// result as <c>OrderBy</c>/<c>ThenBy</c>; to a nested list (a navigation collection such as
    /// <c>Request.Interactions</c>) inside the <c>Select</c> of a projection above it, or in memory when its
    /// parent was not projected. A field without a resolver reads its parent's property of the same name.
    /// </summary>
    public static FieldDefinition UseSorting<T>(this FieldDefinition field, ObjectType nodeType, DataFieldOptions? options = null)
    {
        field.Arguments.Add(new InputValueDefinition("order", new ListType(new NonNullType(SortType(nodeType, options)))));
        ListFieldFeature.For(field, nodeType).Sorting = true;
        var inner = field.Resolver ?? ParentProperty.Resolver(field);
        field.Resolver = async context =>
        {
            var result = await inner(context).ConfigureAwait(false);
            if (context.Arguments.GetValueOrDefault("order") is not System.Collections.IEnumerable order)
            {
                return result;
            }

            return result switch
            {
                ShapedList<T> => result,
                IQueryable<T> query => Apply(query, order.Cast<IReadOnlyDictionary<string, object?>>()),
                IEnumerable<T> list => InMemoryList.Sort(list, context, order.Cast<IReadOnlyDictionary<string, object?>>()),
                _ => result,
            };
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
                if (options?.Ignore.Contains(field.Name) == true || field.Arguments.Count > 0 || field.Type.Nullable is ListType
                    || ListFieldFeature.Of(field) is not null)
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
        var keys = Keys(typeof(T), order);
        if (keys.Count == 0)
        {
            return query;
        }

        AddTieBreaker(typeof(T), keys);
        return query.Provider.CreateQuery<T>(Order(query.Expression, typeof(T), keys, reverse: false));
    }

    /// <summary>The sort keys an <c>order</c> value asks for, as lambdas over <paramref name="type"/>.</summary>
    /// <exception cref="GraphQLException">SORT_INVALID for an unknown field or direction.</exception>
    internal static List<(LambdaExpression Key, bool Descending)> Keys(Type type, IEnumerable<IReadOnlyDictionary<string, object?>> order)
    {
        var parameter = Expression.Parameter(type, "x");
        var keys = new List<(Expression Key, bool Descending)>();
        foreach (var item in order)
        {
            Collect(parameter, item, keys);
        }

        return keys.ConvertAll(k => (Expression.Lambda(k.Key, parameter), k.Descending));
    }

    /// <summary>Appends the key (<c>Id</c>) as the last ascending key, so that equal keys still page deterministically.</summary>
    internal static void AddTieBreaker(Type type, List<(LambdaExpression Key, bool Descending)> keys)
    {
        if (type.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance) is { } id)
        {
            var parameter = Expression.Parameter(type, "x");
            keys.Add((Expression.Lambda(Expression.Property(parameter, id), parameter), false));
        }
    }

    /// <summary>
    /// <c>OrderBy</c>/<c>ThenBy</c> calls over an <see cref="IQueryable{T}"/> expression, or an <see cref="IEnumerable{T}"/>
    /// one when <paramref name="inMemory"/>; <paramref name="reverse"/> flips every direction.
    /// </summary>
    internal static Expression Order(Expression source, Type type, IReadOnlyList<(LambdaExpression Key, bool Descending)> keys, bool reverse, bool inMemory = false)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var (key, descending) = keys[i];
            var method = (i == 0, descending != reverse) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            source = inMemory
                ? MethodCalls.Call(typeof(Enumerable), method, [type, key.ReturnType], source, key)
                : MethodCalls.Call(typeof(Queryable), method, [type, key.ReturnType], source, Expression.Quote(key));
        }

        return source;
    }

    /// <summary>
    /// An enum key as its members' rank in declaration order (<c>CASE WHEN ... THEN 0 ...</c>): enums stored by name
    /// would otherwise sort alphabetically in SQL (<c>MEDIUM</c> before <c>HIGH</c>) and by number in memory.
    /// </summary>
    private static Expression DeclaredOrder(Expression access)
    {
        var enumType = Nullable.GetUnderlyingType(access.Type) ?? access.Type;
        if (!enumType.IsEnum)
        {
            return access;
        }

        var nullable = access.Type != enumType;
        var rankType = nullable ? typeof(int?) : typeof(int);
        var members = Enum.GetValues(enumType);
        Expression rank = Expression.Constant(members.Length, rankType);
        for (var i = members.Length - 1; i >= 0; i--)
        {
            rank = Expression.Condition(Expression.Equal(access, Expression.Constant(members.GetValue(i), access.Type)), Expression.Constant(i, rankType), rank);
        }

        return nullable ? Expression.Condition(Expression.Equal(access, Expression.Constant(null, access.Type)), Expression.Constant(null, rankType), rank) : rank;
    }

    private static void Collect(Expression target, IReadOnlyDictionary<string, object?> item, List<(Expression, bool)> keys)
    {
        foreach (var (name, value) in item)
        {
            if (value is null)
            {
                continue;
            }

            var access = ClrMembers.Access(target, name, "sorted", "SORT_INVALID");
            switch (value)
            {
                case IReadOnlyDictionary<string, object?> nested:
                    Collect(access, nested, keys);
                    break;
                case "ASC" or "DESC":
                    keys.Add((DeclaredOrder(access), (string)value == "DESC"));
                    break;
                default:
                    throw new GraphQLException($"The sort direction of \"{name}\" is not valid.", "SORT_INVALID");
            }
        }
    }
}
