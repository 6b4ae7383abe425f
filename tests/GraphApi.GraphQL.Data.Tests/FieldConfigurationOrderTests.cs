using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Data.Tests;

/// <summary>Makes an <c>int</c> field an <c>ID!</c>, as a service's global-id attribute does.</summary>
public sealed class AsIdAttribute : FieldConfigurationAttribute
{
    public override void Configure(FieldConfigurationContext context) => context.Field.Type = new NonNullType(BuiltInScalars.ID);
}

public sealed class OrderQuery
{
    [UseFiltering]
    public IQueryable<OrderParent> GetParents() => Enumerable.Empty<OrderParent>().AsQueryable();
}

public sealed class OrderParent
{
    public int Id { get; set; }

    // Filtering Leaves reaches OrderLater through Leaf.Parent before OrderLater's own fields have been configured.
    [UseFiltering]
    public List<OrderLeaf> Leaves { get; set; } = [];

    [UseFiltering]
    public List<OrderLater> Laters { get; set; } = [];
}

public sealed class OrderLeaf
{
    public int Id { get; set; }

    public OrderParent? Parent { get; set; }
}

public sealed class OrderLater
{
    [AsId]
    public int Id { get; set; }
}

public sealed class FieldConfigurationOrderTests
{
    [Fact]
    public void FieldShapingAttributesRunBeforeAnyFilterTypeReadsTheirFields()
    {
        var sdl = SchemaPrinter.Print(new CodeFirstSchemaBuilder().AddQueryType<OrderQuery>().Build());

        var laterFilter = sdl[sdl.IndexOf("input OrderLaterFilterInput", StringComparison.Ordinal)..];
        Assert.Contains("id: IDOperationFilterInput", laterFilter[..laterFilter.IndexOf('}')], StringComparison.Ordinal);
        Assert.Contains("id: ID!", sdl[sdl.IndexOf("type OrderLater", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
