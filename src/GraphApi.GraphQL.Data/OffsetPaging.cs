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

    /// <summary>
    /// Turns a field into an offset-paged <c>XCollectionSegment { items pageInfo totalCount }</c> field with
    /// <c>skip</c> and <c>take</c>. A field resolving to <see cref="IQueryable{T}"/> is paged in SQL (with the count
    /// only when <c>totalCount</c> is selected). A nested list (a navigation collection such as
    /// <c>Request.Interactions</c>) is paged inside the <c>Select</c> of the projection above it, in the same
    /// statement, or in memory when its parent was not projected; nested lists are ordered by <c>Id</c> after any
    /// <c>order</c>, so pages are stable. A field without a resolver reads its parent's property of the same name.
    /// Call <see cref="Filtering.UseFiltering{T}"/> and <see cref="Sorting.UseSorting{T}"/> first: each call wraps the ones before.
    /// </summary>
    public static ObjectType UseOffsetPaging<T>(this FieldDefinition field, ObjectType itemType, PagingOptions? options = null)
    {
        options ??= new PagingOptions();
        var prefix = options.ConnectionName ?? char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
        var segment = DataFieldExtensions.SharedType(itemType, prefix + "CollectionSegment", () =>
        {
            var type = new ObjectType(prefix + "CollectionSegment");
            type.Fields.Add(new FieldDefinition("items", new ListType(new NonNullType(itemType))));
            type.Fields.Add(new FieldDefinition("pageInfo", new NonNullType(SegmentInfoType)));
            type.Fields.Add(new FieldDefinition("totalCount", new NonNullType(BuiltInScalars.Int)));
            return type;
        });
        field.Type = new NonNullType(segment);
        field.Arguments.Add(new InputValueDefinition("skip", BuiltInScalars.Int));
        field.Arguments.Add(new InputValueDefinition("take", BuiltInScalars.Int));
        var feature = ListFieldFeature.For(field, itemType);
        feature.Paging = PagingKind.Offset;
        feature.PagingOptions = options;
        var inner = field.Resolver ?? ParentProperty.Resolver(field);
        field.Resolver = async context => await inner(context).ConfigureAwait(false) switch
        {
            IQueryable<T> query => Page(query, context, itemType, options),
            var list => DataFieldExtensions.NestedPage<T>(list, PagingKind.Offset, context, options),
        };
        return segment;
    }

    private static CollectionSegment Page<T>(IQueryable<T> query, IResolverContext context, ObjectType itemType, PagingOptions options)
    {
        var window = PageWindow.Parse(context.Arguments, PagingKind.Offset, options, DataFieldExtensions.PageSelectionOf(context));
        int? total = window.NeedsCount ? DataFieldExtensions.Unordered(query).Count() : null;
        if (options.Project)
        {
            query = Projection.ProjectField(query, context, itemType, selected => selected.GetValueOrDefault("items") ?? []);
        }

        return (CollectionSegment)window.Page(query.Skip(window.Skip).Take(window.Fetch).ToList(), total);
    }
}
