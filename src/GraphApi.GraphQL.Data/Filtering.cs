using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Data;

/// <summary>Which fields of an entity may be filtered or sorted.</summary>
public sealed class DataFieldOptions
{
    /// <summary>GraphQL field names excluded from filtering or sorting.</summary>
    public ISet<string> Ignore { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>
/// Generates HotChocolate-style filter input types (<c>XFilterInput</c>, <c>StringOperationFilterInput</c>, ...)
/// and translates a <c>where</c> value into a parameterised <c>Where</c> expression.
/// </summary>
public static class Filtering
{
    /// <summary>
    /// The <see cref="FieldDefinition.Features"/> key of a <c>Func&lt;object?, object?&gt;</c> that turns a filter operand
    /// into the property's value (a global id into its database key, say); it throws <see cref="GraphQLException"/> on a bad operand.
    /// </summary>
    public const string FilterValueParser = "GraphApi.Data.FilterValueParser";

    /// <summary>Lists up to this long become one SQL parameter per value; longer ones one list parameter, so a huge list does not add a query plan per length.</summary>
    private const int MaxInlineListParameters = 32;

    /// <summary>The most values an <c>in</c> or <c>nin</c> list may hold: each is a SQL parameter, and SQLite takes at most 32,766.</summary>
    public const int MaxListValues = 1_000;

    private static readonly ConditionalWeakTable<NamedType, InputObjectType> Types = new();
    private static readonly ConditionalWeakTable<NamedType, InputObjectType> ListTypes = new();
    private static readonly string[] StringOps = ["eq", "neq", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith", "icontains", "ieq"];
    private static readonly string[] ComparableOps = ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    /// <summary>
    /// Adds a <c>where: XFilterInput</c> argument to a field and applies it: to an <see cref="IQueryable{T}"/>
    /// result as a parameterised <c>Where</c>; to a nested list (a navigation collection such as
    /// <c>Request.Interactions</c>) inside the <c>Select</c> of a projection above it, or in memory when its
    /// parent was not projected. A field without a resolver reads its parent's property of the same name.
    /// </summary>
    public static FieldDefinition UseFiltering<T>(this FieldDefinition field, ObjectType nodeType, DataFieldOptions? options = null)
    {
        var input = FilterType(nodeType, options);
        field.Arguments.Add(new InputValueDefinition("where", input));
        ListFieldFeature.For(field, nodeType).Filtering = true;
        var inner = field.Resolver ?? ParentProperty.Resolver(field);
        field.Resolver = async context =>
        {
            var result = await inner(context).ConfigureAwait(false);
            if (context.Arguments.GetValueOrDefault("where") is not IReadOnlyDictionary<string, object?> where)
            {
                return result;
            }

            return result switch
            {
                ShapedList<T> => result,
                IQueryable<T> query => query.Where((Expression<Func<T, bool>>)Predicate(typeof(T), nodeType, where)),
                IEnumerable<T> list => InMemoryList.Filter(list, context, nodeType, where),
                _ => result,
            };
        };
        return field;
    }

    /// <summary>The predicate a <c>where</c> value stands for, as a lambda over <paramref name="clrType"/>.</summary>
    /// <exception cref="GraphQLException">FILTER_INVALID for a null operation, an unknown field or operator.</exception>
    internal static LambdaExpression Predicate(Type clrType, ObjectType nodeType, IReadOnlyDictionary<string, object?> where)
    {
        var parameter = Expression.Parameter(clrType, "x");
        return Expression.Lambda(Object(parameter, clrType, nodeType, where), parameter);
    }

    /// <summary>The <c>XFilterInput</c> type for an object type.</summary>
    public static InputObjectType FilterType(ObjectType type, DataFieldOptions? options = null)
    {
        lock (Types)
        {
            if (Types.TryGetValue(type, out var existing))
            {
                return existing;
            }

            var input = new InputObjectType(type.Name + "FilterInput");
            Types.Add(type, input);
            input.Fields.Add(new InputValueDefinition("and", new ListType(new NonNullType(input))));
            input.Fields.Add(new InputValueDefinition("or", new ListType(new NonNullType(input))));
            foreach (var field in type.Fields)
            {
                if (options?.Ignore.Contains(field.Name) == true)
                {
                    continue;
                }

                if (ListFieldFeature.Of(field) is { } feature && HasProperty(type, field.Name))
                {
                    // A list field with its own middleware (arguments, maybe a connection now) is still filtered as a list.
                    input.Fields.Add(new InputValueDefinition(field.Name, ListFilterType(feature.NodeType)));
                    continue;
                }

                if (field.Arguments.Count > 0)
                {
                    continue;
                }

                var fieldType = field.Type.Nullable;

                if (fieldType is ListType list)
                {
                    if (list.OfType.GetNamedType() is ObjectType element)
                    {
                        input.Fields.Add(new InputValueDefinition(field.Name, ListFilterType(element)));
                    }

                    continue;
                }

                var op = fieldType.GetNamedType() switch
                {
                    ObjectType nested => FilterType(nested),
                    NamedType named and (ScalarType or EnumType) => OperationType(named),
                    _ => null,
                };
                if (op is not null)
                {
                    input.Fields.Add(new InputValueDefinition(field.Name, op));
                }
            }

            return input;
        }
    }

    /// <summary>Whether the field reads a CLR property a filter can translate (a method's result cannot).</summary>
    private static bool HasProperty(ObjectType type, string name) =>
        type.RuntimeType is null || ClrMembers.Find(type.RuntimeType, name) is not null;

    private static InputObjectType ListFilterType(ObjectType element)
    {
        if (ListTypes.TryGetValue(element, out var existing))
        {
            return existing;
        }

        var elementFilter = FilterType(element);
        var input = new InputObjectType("ListFilterInputTypeOf" + elementFilter.Name);
        ListTypes.Add(element, input);
        input.Fields.Add(new InputValueDefinition("all", elementFilter));
        input.Fields.Add(new InputValueDefinition("none", elementFilter));
        input.Fields.Add(new InputValueDefinition("some", elementFilter));
        input.Fields.Add(new InputValueDefinition("any", BuiltInScalars.Boolean));
        return input;
    }

    private static InputObjectType OperationType(NamedType type)
    {
        if (Types.TryGetValue(type, out var existing))
        {
            return existing;
        }

        var input = new InputObjectType(type.Name + "OperationFilterInput");
        Types.Add(type, input);
        input.Fields.Add(new InputValueDefinition("and", new ListType(new NonNullType(input))));
        input.Fields.Add(new InputValueDefinition("or", new ListType(new NonNullType(input))));
        string[] ops = type == BuiltInScalars.String ? StringOps
            : type is EnumType || type == BuiltInScalars.Boolean || type == BuiltInScalars.ID ? ["eq", "neq"]
            : ComparableOps;
        foreach (var op in ops)
        {
            input.Fields.Add(new InputValueDefinition(op, type));
        }

        if (type != BuiltInScalars.Boolean)
        {
            input.Fields.Add(new InputValueDefinition("in", new ListType(type)));
            input.Fields.Add(new InputValueDefinition("nin", new ListType(type)));
        }

        return input;
    }

    private static Expression Object(Expression target, Type clrType, ObjectType type, IReadOnlyDictionary<string, object?> where)
    {
        Expression result = Expression.Constant(true);
        foreach (var (name, value) in where)
        {
            Expression part;
            if (name is "and" or "or")
            {
                if (value is not IEnumerable items)
                {
                    continue;
                }

                var parts = items.Cast<IReadOnlyDictionary<string, object?>>().Select(w => Object(target, clrType, type, w)).ToList();
                if (parts.Count == 0)
                {
                    continue;
                }

                part = parts.Aggregate(name == "and" ? Expression.AndAlso : (Func<Expression, Expression, Expression>)Expression.OrElse);
            }
            else
            {
                if (value is not IReadOnlyDictionary<string, object?> operation)
                {
                    throw new GraphQLException($"The filter on \"{name}\" must not be null.", "FILTER_INVALID");
                }

                var access = ClrMembers.Access(target, name, "filtered", "FILTER_INVALID");
                var field = type.Fields.Find(name);
                var fieldType = field?.Type.Nullable;
                part = fieldType switch
                {
                    _ when ListFieldFeature.Of(field) is { } feature => List(access, feature.NodeType, operation),
                    ListType { OfType: var of } when of.GetNamedType() is ObjectType element => List(access, element, operation),
                    _ when fieldType?.GetNamedType() is ObjectType nested => Expression.AndAlso(
                        Expression.NotEqual(access, Expression.Constant(null, access.Type)),
                        Object(access, access.Type, nested, operation)),
                    _ => Operation(access, operation, type.Fields.Find(name)?.Features.GetValueOrDefault(FilterValueParser) as Func<object?, object?>),
                };
            }

            result = result is ConstantExpression { Value: true } ? part : Expression.AndAlso(result, part);
        }

        return result;
    }

    private static Expression List(Expression access, ObjectType element, IReadOnlyDictionary<string, object?> operation)
    {
        var elementType = ClrMembers.ElementType(access.Type)
            ?? throw new GraphQLException($"The field \"{element.Name}\" list cannot be filtered.", "FILTER_INVALID");
        Expression result = Expression.Constant(true);
        foreach (var (op, value) in operation)
        {
            Expression part;
            if (op == "any")
            {
                var any = MethodCalls.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], access);
                part = value is false ? Expression.Not(any) : any;
            }
            else
            {
                var parameter = Expression.Parameter(elementType, "e");
                var predicate = Expression.Lambda(Object(parameter, elementType, element, (IReadOnlyDictionary<string, object?>)value!), parameter);
                part = op switch
                {
                    "all" => MethodCalls.Call(typeof(Enumerable), nameof(Enumerable.All), [elementType], access, predicate),
                    "some" => MethodCalls.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], access, predicate),
                    _ => Expression.Not(MethodCalls.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], access, predicate)),
                };
            }

            result = result is ConstantExpression { Value: true } ? part : Expression.AndAlso(result, part);
        }

        return result;
    }

    private static Expression Operation(Expression access, IReadOnlyDictionary<string, object?> operation, Func<object?, object?>? parse)
    {
        Expression result = Expression.Constant(true);
        foreach (var (op, value) in operation)
        {
            Expression part;
            if (op is "and" or "or")
            {
                var parts = ((IEnumerable)value!).Cast<IReadOnlyDictionary<string, object?>>().Select(o => Operation(access, o, parse)).ToList();
                if (parts.Count == 0)
                {
                    continue;
                }

                part = parts.Aggregate(op == "and" ? Expression.AndAlso : (Func<Expression, Expression, Expression>)Expression.OrElse);
            }
            else if (op is "in" or "nin")
            {
                if (value is not IEnumerable items)
                {
                    throw new GraphQLException($"The operator \"{op}\" needs a list.", "FILTER_INVALID");
                }

                var raw = items.Cast<object?>().ToList();
                if (raw.Count > MaxListValues)
                {
                    throw new GraphQLException($"The operator \"{op}\" takes at most {MaxListValues} values; it was given {raw.Count}. Split the filter into several requests.", "FILTER_TOO_MANY_VALUES");
                }

                var values = raw.Select(item => ConvertValue(parse is null ? item : parse(item), access.Type)).ToList();
                Expression candidates;
                if (values.Count <= MaxInlineListParameters)
                {
                    // One parameter per value: EF Core caches the SQL of IN (@p0, @p1), but rebuilds it on every execution for a list parameter.
                    candidates = Expression.NewArrayInit(access.Type, values.Select(v => QueryParameter.Create(v, access.Type)));
                }
                else
                {
                    var listType = typeof(List<>).MakeGenericType(access.Type);
                    var list = (IList)Activator.CreateInstance(listType)!;
                    values.ForEach(v => list.Add(v));
                    candidates = QueryParameter.Create(list, listType);
                }

                Expression contains = MethodCalls.Call(typeof(Enumerable), nameof(Enumerable.Contains), [access.Type], candidates, access);
                part = op == "in" ? contains : Expression.Not(contains);
            }
            else
            {
                var negate = op.StartsWith('n') && op != "neq";
                var baseOp = negate ? char.ToLowerInvariant(op[1]) + op[2..] : op;
                var constant = QueryParameter.Create(ConvertValue(parse is null ? value : parse(value), access.Type), access.Type);
                part = baseOp switch
                {
                    "eq" => Expression.Equal(access, constant),
                    "neq" => Expression.NotEqual(access, constant),
                    "gt" => Expression.GreaterThan(access, constant),
                    "gte" => Expression.GreaterThanOrEqual(access, constant),
                    "lt" => Expression.LessThan(access, constant),
                    "lte" => Expression.LessThanOrEqual(access, constant),
                    "contains" or "startsWith" or "endsWith" => value is null
                        ? throw new GraphQLException($"The operator \"{op}\" needs a value.", "FILTER_INVALID")
                        : Expression.Call(access, typeof(string).GetMethod(char.ToUpperInvariant(baseOp[0]) + baseOp[1..], [typeof(string)])!, constant),
                    "icontains" or "ieq" => value is null
                        ? throw new GraphQLException($"The operator \"{op}\" needs a value.", "FILTER_INVALID")
                        : IgnoreCase(access, (string)value, baseOp == "ieq"),
                    _ => throw new GraphQLException($"The operator \"{op}\" is not supported.", "FILTER_INVALID"),
                };
                if (negate)
                {
                    part = Expression.Not(part);
                }
            }

            result = result is ConstantExpression { Value: true } ? part : Expression.AndAlso(result, part);
        }

        return result;
    }

    private static Expression IgnoreCase(Expression access, string value, bool equals)
    {
        var lower = Expression.Call(access, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
        var constant = QueryParameter.Create(value.ToLowerInvariant(), typeof(string));
        return equals ? Expression.Equal(lower, constant) : Expression.Call(lower, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, constant);
    }

    private static object? ConvertValue(object? value, Type type)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        if (target.IsEnum && value is string name)
        {
            // Enum types built by hand map names such as ON_TRACK to themselves; the CLR member is OnTrack.
            return Enum.TryParse(target, name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var member)
                ? member
                : throw new GraphQLException($"The value \"{name}\" is not a {target.Name}.", ErrorCodes.InvalidArgument);
        }

        if (target == typeof(DateTime) && value is DateTimeOffset offset)
        {
            return offset.UtcDateTime;
        }

        try
        {
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException)
        {
            throw new GraphQLException($"The value {value} cannot be compared with a {target.Name}.", ErrorCodes.InvalidArgument);
        }
    }
}
