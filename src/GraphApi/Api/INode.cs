using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Api;

/// <summary>Relay's <c>Node</c>: every object with a global id, fetchable with <c>node(id:)</c>.</summary>
[GraphQLInterface]
[GraphQLName("Node")]
[GraphQLDescription("An object with a global id: fetch it again with `node(id:)`.")]
public interface INode
{
    /// <summary>The global id.</summary>
    [ID]
    [GraphQLDescription("The object's global id, opaque and unique across types.")]
    string Id { get; }
}
