using System.Collections;
using System.Linq.Expressions;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Data;

/// <summary>
/// Translates a nested list field's <c>where</c>, <c>order</c> and paging arguments into the projection's
/// <c>Select</c>: <c>e.Interactions.Where(..).OrderBy(..).Skip(..).Take(..).Select(..).ToList()</c>, plus a
/// correlated count when the page needs one, all in the root field's one SQL statement.
/// </summary>
internal static class NestedListProjection
{
    /// <summary>
    /// The shaped list to bind to the property, or null when the property cannot hold a <see cref="ShapedList{T}"/>
    /// or aliases ask for the same list with different arguments (the caller then loads the whole list and the
    /// field's middleware applies each alias's arguments in memory).
    /// </summary>
    /// <param name="access">The navigation collection, e.g. <c>x.Interactions</c>.</param>
    /// <param name="propertyType">The type of the property the result is bound to.</param>
    /// <param name="elementType">The element's CLR type.</param>
    /// <param name="select">The elements' projection, null to read whole elements.</param>
    /// <param name="field">The nested field's definition.</param>
    /// <param name="feature">The nested field's data middleware.</param>
    /// <param name="nodes">The nested field's selections.</param>
    /// <param name="selected">The nested field's sub-selections by name.</param>
    /// <param name="context">The resolver context of the root field (variables, fragments).</param>
    public static Expression? Shape(
        Expression access,
        Type propertyType,
        Type elementType,
        LambdaExpression? select,
        FieldDefinition field,
        ListFieldFeature feature,
        IReadOnlyList<FieldNode> nodes,
        Dictionary<string, List<FieldNode>> selected,
        IResolverContext context)
    {
        var shapedType = typeof(ShapedList<>).MakeGenericType(elementType);
        if (!propertyType.IsAssignableFrom(shapedType) || nodes.Select(PrintArguments).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            return null;
        }

        try
        {
            return Shape(access, elementType, shapedType, select, field, feature, nodes[0], selected, context);
        }
        catch (GraphQLException exception) when (exception.Errors.Any(e => e.Locations is null))
        {
            // The root field's resolver reports the error: point it at the nested field whose arguments are wrong.
            var location = nodes[0].Location;
            IReadOnlyList<ErrorLocation>? locations = location.IsKnown ? [new ErrorLocation(location.Line, location.Column)] : null;
            throw new GraphQLException([.. exception.Errors.Select(e => e.Locations is null ? new GraphQLError(e.Message, locations, e.Path, e.Extensions) : e)]);
        }
    }

    private static MethodCallExpression Shape(
        Expression access,
        Type elementType,
        Type shapedType,
        LambdaExpression? select,
        FieldDefinition field,
        ListFieldFeature feature,
        FieldNode node,
        Dictionary<string, List<FieldNode>> selected,
        IResolverContext context)
    {
        var arguments = InputCoercion.CoerceArgumentValues(field.Arguments, node.Arguments, node, context.Variables);
        Expression source = Expression.Call(typeof(Queryable), nameof(Queryable.AsQueryable), [elementType], access);
        if (feature.Filtering && arguments.GetValueOrDefault("where") is IReadOnlyDictionary<string, object?> where)
        {
            var predicate = Filtering.Predicate(elementType, feature.NodeType, where);
            source = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [elementType], source, Expression.Quote(predicate));
        }

        var window = feature.Paging == PagingKind.None
            ? null
            : PageWindow.Parse(arguments, feature.Paging, feature.PagingOptions, selected.ContainsKey("totalCount"));
        var order = feature.Sorting ? arguments.GetValueOrDefault("order") as IEnumerable : null;
        var keys = order is null ? [] : Sorting.Keys(elementType, order.Cast<IReadOnlyDictionary<string, object?>>());
        if (order is not null || window is not null)
        {
            Sorting.AddTieBreaker(elementType, keys);
        }

        if (window is { Reverse: true } && keys.Count == 0)
        {
            throw new GraphQLException($"\"last\" without \"before\" on \"{field.Name}\" needs an \"order\", as its elements have no Id.", "PAGING_UNSUPPORTED");
        }

        var rows = Sorting.Order(source, elementType, keys, reverse: window?.Reverse == true);
        if (window is not null)
        {
            rows = Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [elementType], rows, QueryParameter.Create(window.Skip, typeof(int)));
            rows = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [elementType], rows, QueryParameter.Create(window.Fetch, typeof(int)));
        }

        if (select is not null)
        {
            rows = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [elementType, elementType], rows, Expression.Quote(select));
        }

        Expression count = window is { NeedsCount: true }
            ? Expression.Convert(Expression.Call(typeof(Queryable), nameof(Queryable.Count), [elementType], source), typeof(int?))
            : Expression.Constant(null, typeof(int?));
        var list = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [elementType], rows);
        return Expression.Call(shapedType.GetMethod(nameof(ShapedList<int>.Create))!, list, count);
    }

    private static string PrintArguments(FieldNode node) => string.Join(
        ",",
        node.Arguments.OrderBy(a => a.Name.Value, StringComparer.Ordinal).Select(a => a.Name.Value + ":" + Printer.PrintValue(a.Value)));
}
