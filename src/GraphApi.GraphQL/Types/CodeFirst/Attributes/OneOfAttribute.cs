namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>Makes an input class a <c>@oneOf</c> input object: exactly one field must be given, not null.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OneOfAttribute : Attribute;
