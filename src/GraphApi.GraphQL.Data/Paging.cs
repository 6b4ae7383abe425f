using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Data;

/// <summary>A Relay connection: one page of nodes with cursors.</summary>
public sealed class Connection
{
    private IReadOnlyList<Edge>? _edges;
    private PageInfo? _pageInfo;

    /// <summary>The edges, each a node with its cursor; made on first read, as most clients select only <c>nodes</c>.</summary>
    public IReadOnlyList<Edge> Edges => _edges ??= CreateEdges();

    /// <summary>The offset of the first node, from which the edges' cursors are made.</summary>
    public required int StartIndex { get; init; }

    /// <summary>The nodes of the page.</summary>
    public required IReadOnlyList<object?> Nodes { get; init; }

    /// <summary>Whether nodes follow the page.</summary>
    public required bool HasNextPage { get; init; }

    /// <summary>Where the page lies; made on first read, as nested lists seldom select it.</summary>
    public PageInfo PageInfo => _pageInfo ??= new PageInfo(
        HasNextPage,
        StartIndex > 0,
        Nodes.Count > 0 ? PageWindow.EncodeCursor(StartIndex) : null,
        Nodes.Count > 0 ? PageWindow.EncodeCursor(StartIndex + Nodes.Count - 1) : null);

    /// <summary>The total count, computed only when selected.</summary>
    public int? TotalCount { get; init; }

    private Edge[] CreateEdges()
    {
        var edges = new Edge[Nodes.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge(PageWindow.EncodeCursor(StartIndex + i), Nodes[i]);
        }

        return edges;
    }
}

/// <summary>A node and its opaque cursor.</summary>
/// <param name="Cursor">The opaque cursor.</param>
/// <param name="Node">The node.</param>
public sealed record Edge(string Cursor, object? Node);

/// <summary>Relay page information.</summary>
/// <param name="HasNextPage">Whether more nodes follow.</param>
/// <param name="HasPreviousPage">Whether nodes precede.</param>
/// <param name="StartCursor">The first edge's cursor.</param>
/// <param name="EndCursor">The last edge's cursor.</param>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Paging settings.</summary>
public sealed class PagingOptions
{
    /// <summary>The page size when neither first nor last is given.</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>The largest allowed page size.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>Whether to project the IQueryable to the selected node fields.</summary>
    public bool Project { get; init; } = true;

    /// <summary>
    /// The prefix of the generated type names (<c>{ConnectionName}Connection</c> and <c>{ConnectionName}Edge</c>,
    /// or <c>{ConnectionName}CollectionSegment</c>); by default the field's name, capitalised. Give nested list
    /// fields their parent type's name too (<c>RequestInteractions</c>), as the attributes do, so that two types'
    /// <c>interactions</c> fields do not both claim <c>InteractionsConnection</c>.
    /// </summary>
    public string? ConnectionName { get; init; }
}

/// <summary>Builder calls that add data middleware to fields.</summary>
public static class DataFieldExtensions
{
    private static readonly ConditionalWeakTable<ObjectType, Dictionary<string, ObjectType>> SharedTypes = new();
    private static readonly ConditionalWeakTable<IReadOnlyList<FieldNode>, object> PageSelections = new();

    /// <summary>The shared <c>PageInfo</c> type.</summary>
    public static ObjectType PageInfoType { get; } = CreatePageInfo();

    private static ObjectType CreatePageInfo()
    {
        var pageInfo = new ObjectType("PageInfo");
        pageInfo.Fields.Add(new FieldDefinition("hasNextPage", new NonNullType(BuiltInScalars.Boolean)));
        pageInfo.Fields.Add(new FieldDefinition("hasPreviousPage", new NonNullType(BuiltInScalars.Boolean)));
        pageInfo.Fields.Add(new FieldDefinition("startCursor", BuiltInScalars.String));
        pageInfo.Fields.Add(new FieldDefinition("endCursor", BuiltInScalars.String));
        return pageInfo;
    }

    /// <summary>
    /// Turns a field into a Relay connection field with <c>first after last before</c>; returns the connection type,
    /// which the caller adds to the schema's types if needed. A field resolving to <see cref="IQueryable{T}"/> is paged
    /// in SQL (with the count only when <c>totalCount</c> is selected). A nested list (a navigation collection such as
    /// <c>Request.Interactions</c>) is paged inside the <c>Select</c> of the projection above it, in the same
    /// statement, or in memory when its parent was not projected; nested lists are ordered by <c>Id</c> after any
    /// <c>order</c>, so pages are stable. A field without a resolver reads its parent's property of the same name.
    /// Call <see cref="Filtering.UseFiltering{T}"/> and <see cref="Sorting.UseSorting{T}"/> first: each call wraps the ones before.
    /// </summary>
    public static ObjectType UsePaging<T>(this FieldDefinition field, ObjectType nodeType, PagingOptions? options = null)
    {
        options ??= new PagingOptions();
        var prefix = options.ConnectionName ?? char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
        var connection = SharedType(nodeType, prefix + "Connection", () =>
        {
            var edge = new ObjectType(prefix + "Edge");
            edge.Fields.Add(new FieldDefinition("cursor", new NonNullType(BuiltInScalars.String)));
            edge.Fields.Add(new FieldDefinition("node", new NonNullType(nodeType)));
            var type = new ObjectType(prefix + "Connection");
            type.Fields.Add(new FieldDefinition("edges", new ListType(new NonNullType(edge))));
            type.Fields.Add(new FieldDefinition("nodes", new ListType(new NonNullType(nodeType))));
            type.Fields.Add(new FieldDefinition("pageInfo", new NonNullType(PageInfoType)));
            type.Fields.Add(new FieldDefinition("totalCount", new NonNullType(BuiltInScalars.Int)));
            return type;
        });

        field.Type = new NonNullType(connection);
        field.Arguments.Add(new InputValueDefinition("first", BuiltInScalars.Int));
        field.Arguments.Add(new InputValueDefinition("after", BuiltInScalars.String));
        field.Arguments.Add(new InputValueDefinition("last", BuiltInScalars.Int));
        field.Arguments.Add(new InputValueDefinition("before", BuiltInScalars.String));
        var feature = ListFieldFeature.For(field, nodeType);
        feature.Paging = PagingKind.Cursor;
        feature.PagingOptions = options;
        var inner = field.Resolver ?? ParentProperty.Resolver(field);
        field.Resolver = async context => await inner(context).ConfigureAwait(false) switch
        {
            IQueryable<T> query => Page(query, context, nodeType, options),
            var list => NestedPage<T>(list, PagingKind.Cursor, context, options),
        };
        return connection;
    }

    /// <summary>
    /// Pages a nested list's value: a list the projection shaped holds the page's rows already; any other list is
    /// paged in memory with the same window, so both give the same page.
    /// </summary>
    internal static object NestedPage<T>(object? value, PagingKind kind, IResolverContext context, PagingOptions options)
    {
        var window = PageWindow.Parse(context.Arguments, kind, options, PageSelectionOf(context));
        switch (value)
        {
            case ShapedList<T> shaped:
                return window.Page(shaped, shaped.TotalCount);
            case IEnumerable<T> list:
                // Sorting ordered the list already (Id breaking ties); without an order, Id alone gives the projection's order.
                var all = context.Arguments.GetValueOrDefault("order") is null ? InMemoryList.Sort(list, context, order: null) : list as IReadOnlyList<T> ?? [.. list];
                var ordered = window.Reverse ? all.Reverse() : all;
                return window.Page(ordered.Skip(window.Skip).Take(window.Fetch).ToList(), all.Count);
            case null:
                return window.Page(Array.Empty<T>(), 0);
            default:
                throw new InvalidOperationException($"Field {context.Field.Name} must resolve to a sequence of {typeof(T).Name}.");
        }
    }

    /// <summary>What the field's selections ask of paging, found once per selection: a nested list asks for each parent.</summary>
    internal static PageSelection PageSelectionOf(IResolverContext context)
    {
        // Looked up before GetValue: its factory captures the context, a closure per call on this per-parent path.
        if (PageSelections.TryGetValue(context.FieldNodes, out var found))
        {
            return (PageSelection)found;
        }

        return (PageSelection)PageSelections.GetValue(context.FieldNodes, nodes => PageSelection.Of(Projection.CollectFieldNodes(nodes, context), context));
    }

    /// <summary>One generated type per name and node type, so that fields sharing a name share the type.</summary>
    internal static ObjectType SharedType(ObjectType nodeType, string name, Func<ObjectType> create)
    {
        lock (SharedTypes)
        {
            var byName = SharedTypes.GetOrCreateValue(nodeType);
            if (!byName.TryGetValue(name, out var type))
            {
                byName[name] = type = create();
            }

            return type;
        }
    }

    /// <summary>Projects a field's <see cref="IQueryable{T}"/> result to the selected fields, nested lists' arguments included.</summary>
    public static FieldDefinition UseProjection<T>(this FieldDefinition field)
    {
        var inner = field.Resolver ?? throw new InvalidOperationException($"Field {field.Name} needs a resolver before UseProjection.");
        field.Resolver = async context =>
        {
            var result = await inner(context).ConfigureAwait(false);
            return result is IQueryable<T> query
                ? Projection.ProjectField(query, context, field.Type.GetNamedType() as ObjectType, selected => context.FieldNodes).ToList()
                : result;
        };
        return field;
    }

    /// <summary>The query without the ordering applied last: the count does not need it, and EF Core would translate it on every count.</summary>
    internal static IQueryable<T> Unordered<T>(IQueryable<T> query)
    {
        var expression = query.Expression;
        while (expression is MethodCallExpression { Method.DeclaringType: var declaring, Method.Name: "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" } call
            && declaring == typeof(Queryable))
        {
            expression = call.Arguments[0];
        }

        return ReferenceEquals(expression, query.Expression) ? query : query.Provider.CreateQuery<T>(expression);
    }

    /// <summary>Encodes an offset as an opaque cursor.</summary>
    public static string EncodeCursor(int index) => PageWindow.EncodeCursor(index);

    /// <summary>The selections of a connection's nodes, through <c>nodes</c> and <c>edges { node }</c>.</summary>
    internal static List<FieldNode> NodeSelections(Dictionary<string, List<FieldNode>> selected, IResolverContext context)
    {
        var nodeSelections = new List<FieldNode>();
        nodeSelections.AddRange(selected.GetValueOrDefault("nodes") ?? []);
        foreach (var edgeNode in selected.GetValueOrDefault("edges") ?? [])
        {
            nodeSelections.AddRange(Projection.CollectFieldNodes([edgeNode], context).GetValueOrDefault("node") ?? []);
        }

        return nodeSelections;
    }

    private static Connection Page<T>(IQueryable<T> query, IResolverContext context, ObjectType nodeType, PagingOptions options)
    {
        var window = PageWindow.Parse(context.Arguments, PagingKind.Cursor, options, PageSelectionOf(context));
        int? total = window.NeedsCount || window.FromEnd ? Unordered(query).Count() : null;
        if (window.FromEnd)
        {
            window.Anchor(total!.Value);
        }

        if (options.Project)
        {
            query = Projection.ProjectField(query, context, nodeType, selected => NodeSelections(selected, context));
        }

        return (Connection)window.Page((window.Skip > 0 ? query.Skip(window.Skip) : query).Take(window.Fetch).ToList(), total);
    }
}
