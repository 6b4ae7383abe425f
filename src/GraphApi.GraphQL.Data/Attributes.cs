using System.Reflection;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.GraphQL.Data;

/// <summary>Base of the data middleware attributes: calls a generic builder method for the field's element type.</summary>
public abstract class DataFieldAttribute : FieldConfigurationAttribute
{
    /// <summary>Field names excluded from filtering or sorting.</summary>
    public string[] Ignore { get; set; } = [];

    /// <summary>The element's object type.</summary>
    protected static ObjectType NodeType(FieldConfigurationContext context) => context.ElementGraphType as ObjectType
        ?? throw new InvalidOperationException($"Field {context.Field.Name} must return a sequence of objects.");

    /// <summary>
    /// The generated type names' prefix: the field's name on a root type's method (<c>requests</c>: <c>Requests</c>), the
    /// parent type's and the field's on an entity's property (<c>Request.interactions</c>: <c>RequestInteractions</c>).
    /// </summary>
    protected static string? TypeNamePrefix(FieldConfigurationContext context) => context.Member is PropertyInfo { DeclaringType: { } parent }
        ? (parent.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? parent.Name)
            + char.ToUpperInvariant(context.Field.Name[0]) + context.Field.Name[1..]
        : null;

    /// <summary>Invokes <paramref name="method"/> of <paramref name="owner"/> made generic over the element type.</summary>
    protected static void Invoke(Type owner, string method, FieldConfigurationContext context, params object?[] arguments) =>
        owner.GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == method && m.IsGenericMethodDefinition)
            .MakeGenericMethod(context.ElementType).Invoke(null, [context.Field, .. arguments]);
}

/// <summary>
/// Filters the field's result with a <c>where</c> argument: an <c>IQueryable</c> in SQL, or, on a collection property
/// of an entity (<c>List&lt;Interaction&gt; Interactions</c>), inside the projection above it or in memory.
/// </summary>
public sealed class UseFilteringAttribute : DataFieldAttribute
{
    /// <inheritdoc />
    public override int Order => 1;

    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context) => Invoke(typeof(Filtering), nameof(Filtering.UseFiltering), context,
        NodeType(context), new DataFieldOptions { Ignore = new HashSet<string>(Ignore, StringComparer.Ordinal) });
}

/// <summary>
/// Sorts the field's result with an <c>order</c> argument: an <c>IQueryable</c> in SQL, or, on a collection property
/// of an entity (<c>List&lt;Interaction&gt; Interactions</c>), inside the projection above it or in memory.
/// </summary>
public sealed class UseSortingAttribute : DataFieldAttribute
{
    /// <inheritdoc />
    public override int Order => 2;

    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context) => Invoke(typeof(Sorting), nameof(Sorting.UseSorting), context,
        NodeType(context), new DataFieldOptions { Ignore = new HashSet<string>(Ignore, StringComparer.Ordinal) });
}

/// <summary>Projects the field's <c>IQueryable</c> result to the selected fields (paging fields project by themselves).</summary>
public sealed class UseProjectionAttribute : DataFieldAttribute
{
    /// <inheritdoc />
    public override int Order => 3;

    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context)
    {
        if (!context.Member.IsDefined(typeof(UsePagingAttribute)) && !context.Member.IsDefined(typeof(UseOffsetPagingAttribute)))
        {
            Invoke(typeof(DataFieldExtensions), nameof(DataFieldExtensions.UseProjection), context);
        }
    }
}

/// <summary>
/// Turns the field into a Relay connection (<c>first after last before</c>). On a collection property of an entity
/// the connection is named after the type and the field (<c>Request.interactions</c>: <c>RequestInteractionsConnection</c>)
/// and paged inside the projection above it, or in memory.
/// </summary>
public sealed class UsePagingAttribute : DataFieldAttribute
{
    /// <summary>The page size when neither first nor last is given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest page size.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The prefix of the connection and edge type names; see <see cref="PagingOptions.ConnectionName"/>.</summary>
    public string? ConnectionName { get; set; }

    /// <inheritdoc />
    public override int Order => 4;

    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context) => Invoke(typeof(DataFieldExtensions), nameof(DataFieldExtensions.UsePaging), context,
        NodeType(context), new PagingOptions
        {
            DefaultPageSize = DefaultPageSize,
            MaxPageSize = MaxPageSize,
            Project = context.Member.IsDefined(typeof(UseProjectionAttribute)),
            ConnectionName = ConnectionName ?? TypeNamePrefix(context),
        });
}

/// <summary>
/// Turns the field into an offset-paged collection segment (<c>skip take</c>). On a collection property of an entity
/// the segment is named after the type and the field (<c>Request.interactions</c>: <c>RequestInteractionsCollectionSegment</c>)
/// and paged inside the projection above it, or in memory.
/// </summary>
public sealed class UseOffsetPagingAttribute : DataFieldAttribute
{
    /// <summary>The page size when take is not given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest page size.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <inheritdoc />
    public override int Order => 4;

    /// <summary>The prefix of the collection segment type name; see <see cref="PagingOptions.ConnectionName"/>.</summary>
    public string? ConnectionName { get; set; }

    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context) => Invoke(typeof(OffsetPaging), nameof(OffsetPaging.UseOffsetPaging), context,
        NodeType(context), new PagingOptions
        {
            DefaultPageSize = DefaultPageSize,
            MaxPageSize = MaxPageSize,
            Project = context.Member.IsDefined(typeof(UseProjectionAttribute)),
            ConnectionName = ConnectionName ?? TypeNamePrefix(context),
        });
}
