namespace GraphApi.GraphQL.Data;

/// <summary>
/// On a computed field (a method of an entity) or a property whose resolver reads others too: the properties it reads
/// from its parent, which a projection then loads whenever the field is selected, even when they are not selected themselves.
/// </summary>
/// <param name="properties">The C# property names.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class ProjectPropertiesAttribute(params string[] properties) : Attribute
{
    /// <summary>The C# property names.</summary>
    public IReadOnlyList<string> Properties { get; } = properties;
}
