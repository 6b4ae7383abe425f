using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

// Spec §3.13 Directives
/// <summary>A directive the schema knows: its arguments, where it may appear, whether it may repeat.</summary>
public sealed class DirectiveDefinition(string name, string? description = null)
{
    /// <summary>The name, without the <c>@</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The description, Markdown.</summary>
    public string? Description { get; set; } = description;

    /// <summary>The arguments, in declaration order.</summary>
    public InputValueCollection Arguments { get; } = new();

    /// <summary>The locations where it may appear, in declaration order.</summary>
    public List<DirectiveLocation> Locations { get; } = [];

    /// <summary>Whether it may appear more than once at one location.</summary>
    public bool IsRepeatable { get; set; }

    /// <summary>The SDL definition it was built from, if any.</summary>
    public DirectiveDefinitionNode? AstNode { get; set; }

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}
