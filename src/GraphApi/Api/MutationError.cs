using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Api;

/// <summary>A domain failure of a mutation, in its payload's <c>errors</c>: nothing was changed.</summary>
/// <param name="Code">A stable code (<see cref="ApiErrorCodes"/>).</param>
/// <param name="Message">What went wrong, for a person.</param>
/// <param name="Field">The input field at fault (<c>input.dueAt</c>), when one is.</param>
[GraphQLDescription("A domain failure of a mutation: nothing was changed.")]
public sealed record MutationError(
    [property: GraphQLDescription("A stable code: NOT_FOUND, INVALID_ID, INVALID_INPUT, ALREADY_EXISTS, CONCURRENT_UPDATE, INVALID_TRANSITION.")] string Code,
    [property: GraphQLDescription("What went wrong, for a person.")] string Message,
    [property: GraphQLDescription("The input field at fault, such as `input.dueAt`, when one is.")] string? Field = null);
