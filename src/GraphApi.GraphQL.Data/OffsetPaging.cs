using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Data;

/// <summary>One page of an offset-paged field: <c>XCollectionSegment { items pageInfo totalCount }</c>.</summary>
public sealed class CollectionSegment
{
    /// <summary>The items of the page.</summary>
    public required IReadOnlyList<object?> Items { get; init; }

    /// <summary>Whether items precede or follow the page.</summary>
    public required CollectionSegmentInfo PageInfo { get; init; }

    /// <summary>The total count, computed only when selected.</summary>
    public int? TotalCount { get; init; }
}

/// <summary>Offset page information.</summary>
/// <param name="HasNextPage">Whether more items follow.</param>
/// <param name="HasPreviousPage">Whether items precede.</param>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);

/// <summary>Offset paging with <c>skip</c> and <c>take</c>.</summary>
public static class OffsetPaging
{
    /// <summary>The shared <c>CollectionSegmentInfo</c> type.</summary>
    public static ObjectType SegmentInfoType { get; } = CreateInfo();

    private static ObjectType CreateInfo()
    {
        var info = new ObjectType("CollectionSegmentInfo");
        info.Fields.Add(new FieldDefinition("hasNextPage", new NonNullType(BuiltInScalars.Boolean)));
        info.Fields.Add(new FieldDefinition("hasPreviousPage", new NonNullType(BuiltInScalars.Boolean)));
        return info;
    }

    /// <summary>Turns a field resolving to <see cref="IQueryable{T}"/> into an offset-paged <c>XCollectionSegment</c> field.</summary>
    public static ObjectType UseOffsetPaging<T>(this FieldDefinition field, ObjectType itemType, PagingOptions? options = null)
    {
        options ??= new PagingOptions();
        var prefix = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
        var segment = new ObjectType(prefix + "CollectionSegment");
        segment.Fields.Add(new FieldDefinition("items", new ListType(new NonNullType(itemType))));
        segment.Fields.Add(new FieldDefinition("pageInfo", new NonNullType(SegmentInfoType)));
        segment.Fields.Add(new FieldDefinition("totalCount", new NonNullType(BuiltInScalars.Int)));
        field.Type = new NonNullType(segment);
        field.Arguments.Add(new InputValueDefinition("skip", BuiltInScalars.Int));
        field.Arguments.Add(new InputValueDefinition("take", BuiltInScalars.Int));
        var inner = field.Resolver ?? throw new InvalidOperationException($"Field {field.Name} needs a resolver before UseOffsetPaging.");
        field.Resolver = async context =>
        {
            if (await inner(context).ConfigureAwait(false) is not IQueryable<T> query)
            {
                throw new InvalidOperationException($"Field {field.Name} must resolve to IQueryable<{typeof(T).Name}>.");
            }

            var skip = NonNegative(context, "skip") ?? 0;
            var take = NonNegative(context, "take") ?? options.DefaultPageSize;
            if (take > options.MaxPageSize)
            {
                throw new GraphQLException($"The page size must not exceed {options.MaxPageSize}.", "PAGING_MAX_SIZE_EXCEEDED");
            }

            var selected = Projection.CollectFieldNodes(context.FieldNodes, context);
            int? total = selected.ContainsKey("totalCount") ? query.Count() : null;
            if (options.Project)
            {
                query = Projection.Project(query, selected.GetValueOrDefault("items") ?? [], context);
            }

            var rows = query.Skip(skip).Take(take + 1).ToList();
            var hasNext = rows.Count > take;
            if (hasNext)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            return new CollectionSegment { Items = rows.Cast<object?>().ToList(), PageInfo = new CollectionSegmentInfo(hasNext, skip > 0), TotalCount = total };
        };
        return segment;
    }

    private static int? NonNegative(IResolverContext context, string name)
    {
        if (context.Arguments.GetValueOrDefault(name) is not { } value)
        {
            return null;
        }

        var number = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        return number < 0
            ? throw new GraphQLException($"The argument \"{name}\" must not be negative.", "PAGING_NEGATIVE_SIZE")
            : number;
    }
}
