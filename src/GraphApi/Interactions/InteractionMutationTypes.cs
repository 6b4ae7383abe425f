using GraphApi.Api;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;

namespace GraphApi.Interactions;

[GraphQLDescription("A contact with a customer, over the channel they chose.")]
public sealed class LogInteractionInput
{
    [ID]
    public required string CustomerId { get; init; }

    [ID]
    [GraphQLDescription("The request it was about, when it was about one (it must be the customer's).")]
    public string? RequestId { get; init; }
    public required Channel Channel { get; init; }
    public required InteractionDirection Direction { get; init; }
    public required InteractionKind Kind { get; init; }
    public required string Summary { get; init; }

    [GraphQLDescription("When it happened; now when not given.")]
    public DateTime? OccurredAt { get; init; }

    [GraphQLDescription("Every staff member who took part, and how, in the order they are to be listed; when not given, the staff member the key is bound to, as LEAD.")]
    public IReadOnlyList<ParticipantInput>? Participants { get; init; }

    [GraphQLDescription("A note internal to IT: customer keys never see it.")]
    public string? InternalNote { get; init; }
}

[GraphQLDescription("A staff member taking part in an interaction.")]
public sealed class ParticipantInput
{
    [ID]
    public required string StaffMemberId { get; init; }
    public required ParticipantRole Role { get; init; }
}

public sealed class LogInteractionPayload : Payload
{
    [GraphQLIgnore]
    public int? InteractionId { get; init; }

    [GraphQLDescription("The logged interaction; null when there are errors.")]
    public Task<Interaction?> GetInteraction(IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) => db.FindProjectedAsync<Interaction>(InteractionId, context);
}
