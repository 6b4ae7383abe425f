namespace GraphApi.GraphQL.Language;

/// <summary>What a <see cref="SyntaxWalker"/> does after entering or leaving a node.</summary>
public enum VisitAction
{
    /// <summary>Go on: visit the node's children (after enter), or the next node (after leave).</summary>
    Continue,

    /// <summary>After enter: skip the node's children and its leave (as returning false does in graphql-js).</summary>
    Skip,

    /// <summary>Stop the whole walk at once.</summary>
    Stop,
}
