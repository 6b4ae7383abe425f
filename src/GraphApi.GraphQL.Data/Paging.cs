using System.Text;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Data;

/// <summary>A Relay connection: one page of nodes with cursors.</summary>
public sealed class Connection
{
    /// <summary>The edges, each a node with its cursor.</summary>
    public required IReadOnlyList<Edge> Edges { get; init; }

    /// <summary>The nodes of the page.</summary>
    public required IReadOnlyList<object?> Nodes { get; init; }

    /// <summary>Where the page lies.</summary>
    public required PageInfo PageInfo { get; init; }

    /// <summary>The total count, computed only when selected.</summary>
    public int? TotalCount { get; init; }
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
}

/// <summary>Builder calls that add data middleware to fields.</summary>
public static class DataFieldExtensions
{
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
    /// Turns a field resolving to <see cref="IQueryable{T}"/> into a Relay connection field with
    /// <c>first after last before</c>; returns the connection type, which the caller adds to the schema's types if needed.
    /// </summary>
    public static ObjectType UsePaging<T>(this FieldDefinition field, ObjectType nodeType, PagingOptions? options = null)
    {
        options ??= new PagingOptions();
        var pageInfo = PageInfoType;
        var prefix = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
        var edge = new ObjectType(prefix + "Edge");
        edge.Fields.Add(new FieldDefinition("cursor", new NonNullType(BuiltInScalars.String)));
        edge.Fields.Add(new FieldDefinition("node", new NonNullType(nodeType)));
        var connection = new ObjectType(prefix + "Connection");
        connection.Fields.Add(new FieldDefinition("edges", new ListType(new NonNullType(edge))));
        connection.Fields.Add(new FieldDefinition("nodes", new ListType(new NonNullType(nodeType))));
        connection.Fields.Add(new FieldDefinition("pageInfo", new NonNullType(pageInfo)));
        connection.Fields.Add(new FieldDefinition("totalCount", new NonNullType(BuiltInScalars.Int)));

        field.Type = new NonNullType(connection);
        field.Arguments.Add(new InputValueDefinition("first", BuiltInScalars.Int));
        field.Arguments.Add(new InputValueDefinition("after", BuiltInScalars.String));
        field.Arguments.Add(new InputValueDefinition("last", BuiltInScalars.Int));
        field.Arguments.Add(new InputValueDefinition("before", BuiltInScalars.String));
        var inner = field.Resolver ?? throw new InvalidOperationException($"Field {field.Name} needs a resolver before UsePaging.");
        field.Resolver = async context =>
        {
            var result = await inner(context).ConfigureAwait(false);
            if (result is not IQueryable<T> query)
            {
                throw new InvalidOperationException($"Field {field.Name} must resolve to IQueryable<{typeof(T).Name}>.");
            }

            return await PageAsync(query, context, options).ConfigureAwait(false);
        };
        return connection;
    }

    /// <summary>Projects a field's <see cref="IQueryable{T}"/> result to the selected fields.</summary>
    public static FieldDefinition UseProjection<T>(this FieldDefinition field)
    {
        var inner = field.Resolver ?? throw new InvalidOperationException($"Field {field.Name} needs a resolver before UseProjection.");
        field.Resolver = async context =>
        {
            var result = await inner(context).ConfigureAwait(false);
            return result is IQueryable<T> query ? Projection.Project(query, context.FieldNodes, context).ToList() : result;
        };
        return field;
    }

    private static int? Size(IResolverContext context, string name)
    {
        var value = context.Arguments.GetValueOrDefault(name);
        if (value is null)
        {
            return null;
        }

        var size = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        if (size < 0)
        {
            throw new GraphQLException($"The argument \"{name}\" must not be negative.", "PAGING_NEGATIVE_SIZE");
        }

        return size;
    }

    private static int? Cursor(IResolverContext context, string name)
    {
        if (context.Arguments.GetValueOrDefault(name) is not string cursor)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("i:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(2), out var index) && index >= 0)
            {
                return index;
            }
        }
        catch (FormatException)
        {
        }

        throw new GraphQLException($"The cursor \"{cursor}\" passed to \"{name}\" is not valid.", "PAGING_INVALID_CURSOR");
    }

    /// <summary>Encodes an offset as an opaque cursor.</summary>
    public static string EncodeCursor(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes("i:" + index.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static Task<Connection> PageAsync<T>(IQueryable<T> query, IResolverContext context, PagingOptions options)
    {
        var first = Size(context, "first");
        var last = Size(context, "last");
        if (first is not null && last is not null)
        {
            throw new GraphQLException("Pass either \"first\" or \"last\", not both.", "PAGING_FIRST_AND_LAST");
        }

        if (first > options.MaxPageSize || last > options.MaxPageSize)
        {
            throw new GraphQLException($"The page size must not exceed {options.MaxPageSize}.", "PAGING_MAX_SIZE_EXCEEDED");
        }

        var after = Cursor(context, "after");
        var before = Cursor(context, "before");
        var selected = Projection.CollectFieldNodes(context.FieldNodes, context);
        int? total = selected.ContainsKey("totalCount") || last is not null ? query.Count() : null;

        var start = after is { } a ? a + 1 : 0;
        var end = before ?? int.MaxValue; // exclusive
        if (last is { } l)
        {
            var upper = Math.Min(end, total ?? 0);
            start = Math.Max(start, upper - l);
            end = upper;
        }

        var take = Math.Min(end - start, first ?? (last is null ? options.DefaultPageSize : int.MaxValue));
        take = Math.Max(0, take);
        if (options.Project)
        {
            var nodeSelections = new List<FieldNode>();
            nodeSelections.AddRange(selected.GetValueOrDefault("nodes") ?? []);
            foreach (var edgeNode in selected.GetValueOrDefault("edges") ?? [])
            {
                nodeSelections.AddRange(Projection.CollectFieldNodes([edgeNode], context).GetValueOrDefault("node") ?? []);
            }

            query = Projection.Project(query, nodeSelections, context);
        }

        var rows = query.Skip(start).Take(take + 1).ToList();
        var hasMore = rows.Count > take;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var edges = new Edge[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            edges[i] = new Edge(EncodeCursor(start + i), rows[i]);
        }

        var info = new PageInfo(
            HasNextPage: hasMore && start + take < end || (before is not null && last is not null && end < (total ?? 0)),
            HasPreviousPage: start > 0,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return Task.FromResult(new Connection { Edges = edges, Nodes = rows.Cast<object?>().ToList(), PageInfo = info, TotalCount = total });
    }
}
