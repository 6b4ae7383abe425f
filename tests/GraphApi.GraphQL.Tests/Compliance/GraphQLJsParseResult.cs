using System.Text;

namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>
/// What graphql-js made of one document (oracles/parse.mjs): the printed document when it parsed,
/// or the syntax error's message and location when it did not.
/// </summary>
public sealed record GraphQLJsParseResult(string Name, bool Accepted, string? Printed, string? Message, int Line, int Column)
{
    /// <summary>
    /// Whether <paramref name="message"/> is graphql-js's message. The oracle turns lone surrogates
    /// into U+FFFD to send them as JSON, so ours are compared the same way (the UTF-8 round trip does it).
    /// </summary>
    public bool HasMessage(string message) => Message == Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(message));
}
