using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Data;

/// <summary>
/// Translates a nested list field's <c>where</c>, <c>order</c> and paging arguments into the projection's
/// <c>Select</c>: <c>e.Interactions.Where(..).OrderBy(..).Skip(..).Take(..).Select(..).ToList()</c>, plus a
/// correlated count when the page needs one, all in the root field's one SQL statement. EF Core pages it with
/// ROW_NUMBER() (SQLite has no APPLY), which constrains the shape when elements read navigations (see <c>Shape</c>).
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
        Expression source = MethodCalls.Call(typeof(Queryable), nameof(Queryable.AsQueryable), [elementType], access);
        if (feature.Filtering && arguments.GetValueOrDefault("where") is IReadOnlyDictionary<string, object?> where)
        {
            var predicate = Filtering.Predicate(elementType, feature.NodeType, where);
            source = MethodCalls.Call(typeof(Queryable), nameof(Queryable.Where), [elementType], source, Expression.Quote(predicate));
        }

        var window = feature.Paging == PagingKind.None
            ? null
            : PageWindow.Parse(arguments, feature.Paging, feature.PagingOptions, PageSelection.Of(selected, context));
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

        // SQLite has no APPLY, so EF Core can page a nested list only as ROW_NUMBER() over one subquery whose joins all
        // come before the window. A reference navigation first read in the Select after Take is joined after it, and a
        // nested list always is: either makes EF Core push the window down and then ask for APPLY. So references are
        // read in a Where before the window; with nested lists the window becomes a subquery correlated to the element
        // (SiblingWindow) or, lacking a navigation back to the parent, the shaper's.
        var navigations = select is null ? null : ElementNavigations.Scan(select);
        var rows = source;
        if (window is not null && navigations is { Lists: false, References.Count: > 0 })
        {
            rows = MethodCalls.Call(typeof(Queryable), nameof(Queryable.Where), [elementType], rows, Expression.Quote(navigations.Join(select!.Parameters[0])));
        }

        var pageInSql = window is not null && navigations is not { Lists: true };
        var siblingWindow = window is not null && !pageInSql ? SiblingWindow(access, source, elementType, keys, window) : null;
        if (siblingWindow is not null)
        {
            rows = MethodCalls.Call(typeof(Queryable), nameof(Queryable.Where), [elementType], rows, Expression.Quote(siblingWindow));
        }

        rows = Sorting.Order(rows, elementType, keys, reverse: window?.Reverse == true);
        if (pageInSql)
        {
            rows = Page(rows, elementType, window!);
        }

        if (select is not null)
        {
            rows = MethodCalls.Call(typeof(Queryable), nameof(Queryable.Select), [elementType, elementType], rows, Expression.Quote(select));
        }

        Expression count = window is { NeedsCount: true }
            ? Expression.Convert(MethodCalls.Call(typeof(Queryable), nameof(Queryable.Count), [elementType], source), typeof(int?))
            : Expression.Constant(null, typeof(int?));
        var list = MethodCalls.Call(typeof(Enumerable), nameof(Enumerable.ToList), [elementType], rows);
        if (window is not null && !pageInSql && siblingWindow is null)
        {
            // Without a way back to the siblings, elements with nested lists cannot be paged in SQL on SQLite: the
            // statement reads the filtered, sorted list and the shaper (client side, not translated) keeps the window's rows.
            return Expression.Call(
                shapedType.GetMethod(nameof(ShapedList<int>.Window))!,
                list,
                count,
                QueryParameter.Create(window.Skip, typeof(int)),
                QueryParameter.Create(window.Fetch, typeof(int)));
        }

        return Expression.Call(shapedType.GetMethod(nameof(ShapedList<int>.Create))!, list, count);
    }

    private static Expression Page(Expression rows, Type elementType, PageWindow window)
    {
        if (window.Skip > 0)
        {
            // Most pages start at the first row; without Skip the SQL has no OFFSET and the tree one call less per execution.
            rows = MethodCalls.Call(typeof(Queryable), nameof(Queryable.Skip), [elementType], rows, QueryParameter.Create(window.Skip, typeof(int)));
        }

        return MethodCalls.Call(typeof(Queryable), nameof(Queryable.Take), [elementType], rows, QueryParameter.Create(window.Fetch, typeof(int)));
    }

    /// <summary>
    /// <c>i => i.Request.Interactions.Where(..).OrderBy(..).Skip(..).Take(..).Any(j => j.Id == i.Id)</c>: the window as a
    /// subquery correlated to the element itself, through the navigation back to its parent. Unlike one correlated to
    /// the parent, EF Core translates it without APPLY, so the nested lists join to the page's rows only. Null when
    /// the element has no Id, or no single property back to the parent (the inverse of the single list of its type).
    /// </summary>
    private static LambdaExpression? SiblingWindow(Expression access, Expression source, Type elementType, List<(LambdaExpression Key, bool Descending)> keys, PageWindow window)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
        if (access is not MemberExpression { Member: PropertyInfo list, Expression: { } parent }
            || elementType.GetProperty("Id", Public) is not { } id
            || elementType.GetProperties(Public).Where(p => p.PropertyType == parent.Type).ToList() is not [var inverse]
            || parent.Type.GetProperties(Public).Count(p => ClrMembers.ElementType(p.PropertyType) == elementType) != 1)
        {
            return null;
        }

        var element = Expression.Parameter(elementType, "i");
        var siblings = new Replace(access, Expression.Property(Expression.Property(element, inverse), list)).Visit(source)!;
        var page = Page(Sorting.Order(siblings, elementType, keys, reverse: window.Reverse), elementType, window);
        var sibling = Expression.Parameter(elementType, "j");
        var same = Expression.Lambda(Expression.Equal(Expression.Property(sibling, id), Expression.Property(element, id)), sibling);
        return Expression.Lambda(MethodCalls.Call(typeof(Queryable), nameof(Queryable.Any), [elementType], page, Expression.Quote(same)), element);
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }

    /// <summary>The navigations an element's projection reads: references (null-checked objects) and nested lists.</summary>
    private sealed class ElementNavigations : ExpressionVisitor
    {
        /// <summary>The reference navigations read outside nested lists, e.g. <c>e.Customer</c>.</summary>
        public List<Expression> References { get; } = [];

        /// <summary>Whether the projection reads a nested list.</summary>
        public bool Lists { get; private set; }

        public static ElementNavigations Scan(LambdaExpression select)
        {
            var scan = new ElementNavigations();
            scan.Visit(select.Body);
            return scan;
        }

        /// <summary>
        /// <c>e => (e.Customer == null || e.Customer != null) &amp;&amp; ...</c>: always true (EF Core drops it from the SQL), but
        /// reading the references in a Where before Skip/Take makes EF Core join them before the window.
        /// </summary>
        public LambdaExpression Join(ParameterExpression parameter)
        {
            var body = References
                .Select(r => (Expression)Expression.OrElse(Expression.Equal(r, Expression.Constant(null, r.Type)), Expression.NotEqual(r, Expression.Constant(null, r.Type))))
                .Aggregate(Expression.AndAlso);
            return Expression.Lambda(body, parameter);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            // Projection only calls methods for nested lists (ToList, ShapedList.Create); their references are joined inside them.
            Lists = true;
            return node;
        }

        protected override Expression VisitConditional(ConditionalExpression node)
        {
            // Projection null-checks each reference it reads: access == null ? null : new T { ... }.
            if (node.Test is BinaryExpression { NodeType: ExpressionType.Equal, Left: MemberExpression reference, Right: ConstantExpression { Value: null } })
            {
                References.Add(reference);
            }

            return base.VisitConditional(node);
        }
    }

    private static string PrintArguments(FieldNode node) => string.Join(
        ",",
        node.Arguments.OrderBy(a => a.Name.Value, StringComparer.Ordinal).Select(a => a.Name.Value + ":" + Printer.PrintValue(a.Value)));
}
