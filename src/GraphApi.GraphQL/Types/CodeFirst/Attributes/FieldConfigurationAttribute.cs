using System.Reflection;

namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>
/// Base of attributes that configure a code-first field once every type is known (for example to add
/// middleware such as paging or filtering). Applied in ascending <see cref="Order"/>; later ones wrap earlier ones. Those of
/// order 0 or less, which shape the field itself, run on every field of the schema before any of a higher order runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public abstract class FieldConfigurationAttribute : Attribute
{
    /// <summary>When this attribute is applied relative to the member's others (ascending).</summary>
    public virtual int Order => 0;

    /// <summary>Configures the field.</summary>
    public abstract void Configure(FieldConfigurationContext context);
}

/// <summary>What a <see cref="FieldConfigurationAttribute"/> may use.</summary>
/// <param name="Field">The field to configure.</param>
/// <param name="Member">The C# member the field was built from.</param>
/// <param name="ElementType">The element type when the member returns a sequence (such as <c>IQueryable&lt;T&gt;</c>), otherwise the return type.</param>
/// <param name="ElementGraphType">The GraphQL type the element type maps to.</param>
public sealed record FieldConfigurationContext(FieldDefinition Field, MemberInfo Member, Type ElementType, NamedType ElementGraphType);
