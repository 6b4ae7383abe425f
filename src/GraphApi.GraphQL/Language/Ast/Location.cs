namespace GraphApi.GraphQL.Language.Ast;

/// <summary>
/// Where a node stands in its source: character offsets <see cref="Start"/> (inclusive) and
/// <see cref="End"/> (exclusive), and the 1-based line and column of its first character.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>The location of a node that was not parsed from source.</summary>
    public static Location None => default;

    /// <summary>Whether this location points into a source.</summary>
    public bool IsKnown => Line > 0;
}
