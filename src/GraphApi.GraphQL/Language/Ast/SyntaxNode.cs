namespace GraphApi.GraphQL.Language.Ast;

/// <summary>The base of every syntax tree node: its kind and where it stands in the source.</summary>
public abstract class SyntaxNode
{
    /// <summary>The node's kind, for switching without type tests.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node stands in the source; <see cref="Location.None"/> for nodes built in code.</summary>
    public Location Location { get; init; }
}

/// <summary>A node that has a name: definitions, fields, arguments, directives and the like.</summary>
public interface INamedSyntaxNode
{
    /// <summary>The node's name.</summary>
    NameNode Name { get; }
}

/// <summary>A node that can carry directives.</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied to the node, in source order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A node that can carry a description: type system definitions, and (as graphql-js 16.11+ allows) operations, fragments and variable definitions.</summary>
public interface IHasDescription
{
    /// <summary>The description string, if any.</summary>
    StringValueNode? Description { get; }
}
