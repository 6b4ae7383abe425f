using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL;

// Spec §7.1.2 Errors
/// <summary>
/// One error of a GraphQL response, in the spec's shape: a message a person can act on, the
/// source locations it refers to, the response path of the field that failed, and extensions
/// (where <c>code</c> carries a stable, machine-readable reason).
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
    }

    /// <summary>The message, for a person.</summary>
    public string Message { get; }

    /// <summary>The line and column of each source node the error concerns.</summary>
    public IReadOnlyList<ErrorLocation>? Locations { get; }

    /// <summary>The response path (field names as strings, list indices as ints) of the failing field.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Further details; <c>code</c> is the stable machine-readable reason.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The value of <c>extensions.code</c>, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>Creates an error located at the given nodes, with an optional code.</summary>
    public static GraphQLError At(string message, string? code, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        List<ErrorLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node is { Location.IsKnown: true })
            {
                (locations ??= []).Add(new ErrorLocation(node.Location.Line, node.Location.Column));
            }
        }

        return new GraphQLError(
            message,
            locations,
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
    }

    /// <summary>A copy of this error with the given path.</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Locations, path, Extensions);

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>A 1-based line and column in a source document.</summary>
public readonly record struct ErrorLocation(int Line, int Column);

/// <summary>
/// Thrown for a failure that should reach the client as GraphQL errors: syntax errors, limits,
/// and errors resolvers raise on purpose (their message and code are shown to the client).
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates an exception carrying one error.</summary>
    public GraphQLException(GraphQLError error)
        : base(error.Message)
    {
        Errors = [error];
    }

    /// <summary>Creates an exception with a message and a code.</summary>
    public GraphQLException(string message, string? code = null)
        : this(new GraphQLError(message, extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code }))
    {
    }

    /// <summary>Creates an exception carrying several errors.</summary>
    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "GraphQL error.")
    {
        Errors = errors;
    }

    /// <summary>The errors to report.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
