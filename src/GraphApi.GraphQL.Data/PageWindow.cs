using System.Globalization;
using System.Text;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Data;

/// <summary>
/// The rows one page needs (what to skip and fetch, in which direction) and how to turn the fetched rows into a
/// <see cref="Connection"/> or <see cref="CollectionSegment"/>: the one paging rule behind root fields (an
/// <see cref="IQueryable{T}"/>), nested lists inside a projection (fetched in SQL) and nested lists in memory.
/// </summary>
internal sealed class PageWindow
{
    private static readonly string?[] SharedCursors = new string?[1024];

    private PagingKind _kind;
    private int _size;
    private int _start;
    private int _limit = int.MaxValue;
    private int _from;
    private int? _last;
    private int? _before;
    private bool _lookahead;

    /// <summary>Rows skipped, in fetch order.</summary>
    public int Skip { get; private set; }

    /// <summary>Rows fetched: the page, plus one that tells whether more follow when that is asked and no count tells it.</summary>
    public int Fetch { get; private set; }

    /// <summary>Whether rows are fetched from the end (<c>last</c> without <c>before</c>).</summary>
    public bool Reverse { get; private set; }

    /// <summary>Whether the page needs the filtered count (selected <c>totalCount</c>, or cursors counted from the end).</summary>
    public bool NeedsCount { get; private set; }

    /// <summary>Reads and checks the paging arguments.</summary>
    /// <exception cref="GraphQLException">PAGING_* codes for negative sizes, first with last, too large a page or a bad cursor.</exception>
    public static PageWindow Parse(IReadOnlyDictionary<string, object?> arguments, PagingKind kind, PagingOptions options, PageSelection selection)
    {
        var window = new PageWindow { _kind = kind, NeedsCount = selection.TotalCount, _lookahead = selection.HasNextPage && !selection.TotalCount };
        if (kind == PagingKind.Offset)
        {
            var skip = Size(arguments, "skip") ?? 0;
            window._size = Size(arguments, "take") ?? options.DefaultPageSize;
            CheckMax(window._size, options);
            window._start = window.Skip = skip;
            window.Fetch = window.FetchFor(window._size);
            return window;
        }

        var first = Size(arguments, "first");
        var last = Size(arguments, "last");
        if (first is not null && last is not null)
        {
            throw new GraphQLException("Pass either \"first\" or \"last\", not both.", "PAGING_FIRST_AND_LAST");
        }

        CheckMax(first ?? last ?? 0, options);
        var start = window._from = Cursor(arguments, "after") is { } after ? after + 1 : 0;
        var before = window._before = Cursor(arguments, "before");
        window._last = last;
        if (last is { } l && before is null)
        {
            // The cursors count from the start, so the count places rows fetched from the end.
            window._start = start;
            window._size = l;
            window.Reverse = true;
            window.NeedsCount = true;
            window._lookahead = false;
            window.Fetch = l;
            return window;
        }

        if (last is { } n)
        {
            start = Math.Max(start, before!.Value - n);
        }

        var size = last ?? first ?? options.DefaultPageSize;
        window._size = before is { } b ? Math.Max(0, Math.Min(size, b - start)) : size;
        if (last is null && before is not null)
        {
            // Paging forward, only the rows before "before" count for hasNextPage (Relay's HasNextPage).
            window._limit = before.Value;
        }

        window._start = window.Skip = start;
        window.Fetch = window.FetchFor(window._size);
        return window;
    }

    /// <summary>Whether the page is counted from the end (<c>last</c>), so that <see cref="Anchor"/> can fetch it forwards.</summary>
    public bool FromEnd => _last is not null;

    /// <summary>
    /// Fetches a <see cref="FromEnd"/> page forwards from the list's count, known beforehand (a root query counted in
    /// a statement of its own); a <c>before</c> cursor past the end then still gives the last rows.
    /// </summary>
    public void Anchor(int total)
    {
        var upper = Math.Min(_before ?? int.MaxValue, total);
        _start = Skip = Math.Max(_from, upper - _last!.Value);
        _size = Math.Max(0, upper - _start);
        Fetch = FetchFor(_size);
        Reverse = false;
    }

    private int FetchFor(int size) => _lookahead ? size + 1 : size;

    /// <summary>The page from the fetched rows (in fetch order) and the filtered count when <see cref="NeedsCount"/>.</summary>
    public object Page<T>(IReadOnlyList<T> rows, int? total)
    {
        var count = Math.Min(rows.Count, _size);
        var start = _start;
        // Without the extra row, the count tells whether rows follow the page (or nobody asked).
        var hasNext = start + _size < _limit && (_lookahead ? rows.Count > _size : total is { } all && start + count < all);
        if (Reverse)
        {
            count = Math.Min(count, Math.Max(0, total!.Value - start));
            start = total.Value - count;
            hasNext = false;
        }

        IReadOnlyList<object?> nodes;
        if (!Reverse && rows.Count == count && rows is IReadOnlyList<object?> asIs)
        {
            // Rows of a reference type are the page as they are (the list is covariant): no copy.
            nodes = asIs;
        }
        else
        {
            var copy = new object?[count];
            for (var i = 0; i < count; i++)
            {
                copy[i] = Reverse ? rows[count - 1 - i] : rows[i];
            }

            nodes = copy;
        }

        var totalCount = NeedsCount ? total : null;
        if (_kind == PagingKind.Offset)
        {
            return new CollectionSegment { Items = nodes, PageInfo = new CollectionSegmentInfo(hasNext, start > 0), TotalCount = totalCount };
        }

        return new Connection { StartIndex = start, Nodes = nodes, HasNextPage = hasNext, TotalCount = totalCount };
    }

    /// <summary>Encodes an offset as an opaque cursor; the first ones are made once, as every page starts with them.</summary>
    public static string EncodeCursor(int index)
    {
        if ((uint)index >= (uint)SharedCursors.Length)
        {
            return CreateCursor(index);
        }

        return SharedCursors[index] ??= CreateCursor(index);
    }

    private static string CreateCursor(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes("i:" + index.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A page size argument, null when absent.</summary>
    /// <exception cref="GraphQLException">PAGING_NEGATIVE_SIZE when negative.</exception>
    public static int? Size(IReadOnlyDictionary<string, object?> arguments, string name)
    {
        if (arguments.GetValueOrDefault(name) is not { } value)
        {
            return null;
        }

        var size = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        return size < 0
            ? throw new GraphQLException($"The argument \"{name}\" must not be negative.", "PAGING_NEGATIVE_SIZE")
            : size;
    }

    /// <summary>The offset a cursor argument stands for, null when absent.</summary>
    /// <exception cref="GraphQLException">PAGING_INVALID_CURSOR when it is not one of ours.</exception>
    public static int? Cursor(IReadOnlyDictionary<string, object?> arguments, string name)
    {
        if (arguments.GetValueOrDefault(name) is not string cursor)
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

    /// <summary>Refuses a page larger than the field allows.</summary>
    public static void CheckMax(int size, PagingOptions options)
    {
        if (size > options.MaxPageSize)
        {
            throw new GraphQLException($"The page size must not exceed {options.MaxPageSize}.", "PAGING_MAX_SIZE_EXCEEDED");
        }
    }
}

/// <summary>What a connection's or collection segment's selection asks of paging.</summary>
/// <param name="TotalCount">Whether <c>totalCount</c> is selected.</param>
/// <param name="HasNextPage">Whether <c>pageInfo { hasNextPage }</c> is selected.</param>
internal readonly record struct PageSelection(bool TotalCount, bool HasNextPage)
{
    /// <summary>Reads a connection's or segment's sub-selections by name.</summary>
    public static PageSelection Of(Dictionary<string, List<FieldNode>> selected, IResolverContext context) => new(
        selected.ContainsKey("totalCount"),
        selected.TryGetValue("pageInfo", out var pageInfo) && Projection.CollectFieldNodes(pageInfo, context).ContainsKey("hasNextPage"));
}
