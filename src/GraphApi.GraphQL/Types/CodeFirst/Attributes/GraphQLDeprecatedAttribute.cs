namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>Marks a field, argument, input field or enum value deprecated (<c>[Obsolete]</c> does too).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason = SpecifiedDirectives.DefaultDeprecationReason) : Attribute
{
    /// <summary>Why, and what to use instead.</summary>
    public string Reason { get; } = reason;
}
