namespace GraphApi.GraphQL.Data;

/// <summary>
/// A nested list a projection already filtered, sorted and paged in SQL. The nested field's middleware sees
/// this type and does not apply its arguments a second time; paging reads the page from it.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ShapedList<T> : List<T>
{
    private ShapedList(List<T> rows, int? totalCount)
        : base(rows)
    {
        TotalCount = totalCount;
    }

    /// <summary>The number of elements after filtering, when the projection counted them.</summary>
    public int? TotalCount { get; }

    /// <summary>Called inside the projection (EF Core evaluates it on the client as each row is read).</summary>
    public static ShapedList<T> Create(List<T> rows, int? totalCount) => new(rows, totalCount);

    /// <summary>
    /// Like <see cref="Create"/> for a list read whole (in the page's fetch order) and paged here, when SQL cannot page it.
    /// </summary>
    public static ShapedList<T> Window(List<T> rows, int? totalCount, int skip, int fetch) => new([.. rows.Skip(skip).Take(fetch)], totalCount);
}
