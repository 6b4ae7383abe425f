namespace GraphApi.GraphQL.Types;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public interface IComplexOutputType
{
    /// <summary>The type's name.</summary>
    string Name { get; }

    /// <summary>The type's fields.</summary>
    FieldCollection Fields { get; }

    /// <summary>The interfaces the type implements.</summary>
    List<InterfaceType> Interfaces { get; }
}
