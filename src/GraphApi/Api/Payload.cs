using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Api;

/// <summary>What every mutation payload carries besides the changed object: its domain errors (empty on success).</summary>
public abstract class Payload
{
    /// <summary>Domain failures; when there are any, nothing was changed.</summary>
    [GraphQLDescription("Domain failures; when there are any, nothing was changed.")]
    public IReadOnlyList<MutationError> Errors { get; init; } = [];
}
