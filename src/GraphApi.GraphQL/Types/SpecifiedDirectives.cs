using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Types;

// Spec §3.13 Directives: @skip, @include, @deprecated, @specifiedBy, and the @oneOf proposal
/// <summary>The directives every schema has, with the spec's descriptions.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is stated.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Include { get; } = Conditional("include", "Directs the executor to include this field or fragment only when the `if` argument is true.", "Included when true.");

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Skip { get; } = Conditional("skip", "Directs the executor to skip this field or fragment when the `if` argument is true.", "Skipped when true.");

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c>.</summary>
    public static DirectiveDefinition Deprecated { get; } = CreateDeprecated();

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = CreateSpecifiedBy();

    /// <summary><c>@oneOf</c> on input objects.</summary>
    public static DirectiveDefinition OneOf { get; } = CreateOneOf();

    /// <summary>All of them, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Whether a directive is one of these (the same instance).</summary>
    public static bool IsSpecified(DirectiveDefinition directive) => All.Contains(directive);

    private static DirectiveDefinition Conditional(string name, string description, string argumentDescription)
    {
        var directive = new DirectiveDefinition(name, description);
        directive.Locations.AddRange([DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment]);
        directive.Arguments.Add(new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean)) { Description = argumentDescription });
        return directive;
    }

    private static DirectiveDefinition CreateDeprecated()
    {
        var directive = new DirectiveDefinition("deprecated", "Marks an element of a GraphQL schema as no longer supported.");
        directive.Locations.AddRange([DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue]);
        directive.Arguments.Add(new InputValueDefinition("reason", BuiltInScalars.String)
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = new StringValueNode { Value = DefaultDeprecationReason },
        });
        return directive;
    }

    private static DirectiveDefinition CreateSpecifiedBy()
    {
        var directive = new DirectiveDefinition("specifiedBy", "Exposes a URL that specifies the behavior of this scalar.");
        directive.Locations.Add(DirectiveLocation.Scalar);
        directive.Arguments.Add(new InputValueDefinition("url", new NonNullType(BuiltInScalars.String)) { Description = "The URL that specifies the behavior of this scalar." });
        return directive;
    }

    private static DirectiveDefinition CreateOneOf()
    {
        var directive = new DirectiveDefinition("oneOf", "Indicates exactly one field must be supplied and this field must not be `null`.");
        directive.Locations.Add(DirectiveLocation.InputObject);
        return directive;
    }
}
