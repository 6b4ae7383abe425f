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

    /// <summary>Invokes <paramref name="method"/> of <paramref name="owner"/> made generic over the element type.</summary>
    protected static void Invoke(Type owner, string method, FieldConfigurationContext context, params object?[] arguments) =>
        owner.GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == method && m.IsGenericMethodDefinition)
            .MakeGenericMethod(context.ElementType).Invoke(null, [context.Field, .. arguments]);
}

/// <summary>Filters the field's <c>IQueryable</c> result with a <c>where</c> argument.</summary>
public sealed class UseFilteringAttribute : DataFieldAttribute
{
    /// <inheritdoc />
    public override int Order => 1;

    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context) => Invoke(typeof(Filtering), nameof(Filtering.UseFiltering), context,
        NodeType(context), new DataFieldOptions { Ignore = new HashSet<string>(Ignore, StringComparer.Ordinal) });
}

/// <summary>Sorts the field's <c>IQueryable</c> result with an <c>order</c> argument.</summary>
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

/// <summary>Turns the field into a Relay connection (<c>first after last before</c>).</summary>
public sealed class UsePagingAttribute : DataFieldAttribute
{
    /// <summary>The page size when neither first nor last is given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest page size.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <inheritdoc />
    public override int Order => 4;

    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context) => Invoke(typeof(DataFieldExtensions), nameof(DataFieldExtensions.UsePaging), context,
        NodeType(context), new PagingOptions { DefaultPageSize = DefaultPageSize, MaxPageSize = MaxPageSize, Project = Context(context) });

    private static bool Context(FieldConfigurationContext context) => context.Member.IsDefined(typeof(UseProjectionAttribute));
}

/// <summary>Turns the field into an offset-paged collection segment (<c>skip take</c>).</summary>
public sealed class UseOffsetPagingAttribute : DataFieldAttribute
{
    /// <summary>The page size when take is not given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest page size.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <inheritdoc />
    public override int Order => 4;

    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context) => Invoke(typeof(OffsetPaging), nameof(OffsetPaging.UseOffsetPaging), context,
        NodeType(context), new PagingOptions { DefaultPageSize = DefaultPageSize, MaxPageSize = MaxPageSize, Project = context.Member.IsDefined(typeof(UseProjectionAttribute)) });
}
