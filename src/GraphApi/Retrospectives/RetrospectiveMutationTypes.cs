using GraphApi.Api;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;

namespace GraphApi.Retrospectives;

[GraphQLDescription("A retrospective: after a request, or without one as a periodic voice-of-the-customer session.")]
public sealed class RecordRetrospectiveInput
{
    [ID]
    public string? RequestId { get; init; }

    [GraphQLDescription("When it was held; now when not given.")]
    public DateTime? HeldAt { get; init; }
    public string? WentWell { get; init; }
    public string? WentWrong { get; init; }
    public string? DoDifferently { get; init; }
    public string? ItPerspective { get; init; }
    public string? CustomerPerspective { get; init; }

    [GraphQLDescription("The customer's rating, 1 to 5.")]
    public int? CustomerRating { get; init; }

    [ID]
    public IReadOnlyList<string>? ParticipantIds { get; init; }
    public IReadOnlyList<ActionItemInput>? ActionItems { get; init; }
}

[GraphQLDescription("Something to do differently: who does it and by when.")]
public sealed class ActionItemInput
{
    public required string Text { get; init; }

    [ID]
    public string? OwnerId { get; init; }
    public DateTime? DueAt { get; init; }
}

[GraphQLDescription("An action item added to a retrospective.")]
public sealed class AddActionItemInput
{
    [ID]
    public required string RetrospectiveId { get; init; }
    public required string Text { get; init; }

    [ID]
    public string? OwnerId { get; init; }
    public DateTime? DueAt { get; init; }
}

[GraphQLDescription("Marks an action item done.")]
public sealed class CompleteActionItemInput
{
    [ID]
    public required string ActionItemId { get; init; }
}

public sealed class RecordRetrospectivePayload : Payload
{
    [GraphQLIgnore]
    public int? RetrospectiveId { get; init; }

    [GraphQLDescription("The recorded retrospective; null when there are errors.")]
    public Task<Retrospective?> GetRetrospective(IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) => db.FindProjectedAsync<Retrospective>(RetrospectiveId, context);
}

/// <summary>A payload whose object is an action item.</summary>
public abstract class ActionItemPayload : Payload
{
    [GraphQLIgnore]
    public int? ActionItemId { get; init; }

    [GraphQLDescription("The action item after the change; null when there are errors.")]
    public Task<ActionItem?> GetActionItem(IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) => db.FindProjectedAsync<ActionItem>(ActionItemId, context);
}

public sealed class AddActionItemPayload : ActionItemPayload;

public sealed class CompleteActionItemPayload : ActionItemPayload;
