using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Data;

/// <summary>Which paging shape a list field has.</summary>
internal enum PagingKind
{
    /// <summary>A plain list.</summary>
    None,

    /// <summary>A Relay connection (<c>first after last before</c>).</summary>
    Cursor,

    /// <summary>A collection segment (<c>skip take</c>).</summary>
    Offset,
}

/// <summary>
/// The data middleware a list field carries, kept in <see cref="FieldDefinition.Features"/> so that a projection
/// above a nested list can translate the same arguments into its <c>Select</c>.
/// </summary>
internal sealed class ListFieldFeature(ObjectType nodeType)
{
    private const string Key = "GraphApi.GraphQL.Data.List";

    /// <summary>The element's object type (the node type once the field is a connection or segment).</summary>
    public ObjectType NodeType { get; } = nodeType;

    /// <summary>Whether the field has a <c>where</c> argument.</summary>
    public bool Filtering { get; set; }

    /// <summary>Whether the field has an <c>order</c> argument.</summary>
    public bool Sorting { get; set; }

    /// <summary>The field's paging shape.</summary>
    public PagingKind Paging { get; set; }

    /// <summary>The paging settings when <see cref="Paging"/> is not <see cref="PagingKind.None"/>.</summary>
    public PagingOptions PagingOptions { get; set; } = new();

    /// <summary>The field's feature, added on first use.</summary>
    public static ListFieldFeature For(FieldDefinition field, ObjectType nodeType)
    {
        if (Of(field) is { } existing)
        {
            return existing;
        }

        var feature = new ListFieldFeature(nodeType);
        field.Features[Key] = feature;
        return feature;
    }

    /// <summary>The field's feature, if any data middleware was added to it.</summary>
    public static ListFieldFeature? Of(FieldDefinition? field) => field?.Features.GetValueOrDefault(Key) as ListFieldFeature;
}
