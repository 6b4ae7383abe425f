using GraphApi.Api;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;

namespace GraphApi.Requests;

[GraphQLDescription("A new request, with the business impact in the customer's words.")]
public sealed class CreateRequestInput
{
    [ID]
    [GraphQLDescription("The customer raising it (a customer key may only raise its own).")]
    public required string CustomerId { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string? BusinessImpact { get; init; }

    [GraphQLDescription("MEDIUM when not given.")]
    public RequestPriority? Priority { get; init; }
    public string? Why { get; init; }

    [ID]
    public string? OwnerId { get; init; }
}

[GraphQLDescription("Changes to a request's details; fields left out (or null) stay as they are.")]
public sealed class UpdateRequestInput
{
    [ID]
    public required string RequestId { get; init; }

    [GraphQLDescription("The version you read; when the request has changed since, nothing is changed and the error is CONCURRENT_UPDATE.")]
    public int? ExpectedVersion { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? BusinessImpact { get; init; }
    public RequestPriority? Priority { get; init; }
    public string? Why { get; init; }

    [ID]
    public string? OwnerId { get; init; }
    public string? KnowledgeLink { get; init; }
}

[GraphQLDescription("Moves a request along its life cycle: NEW -> TRIAGED -> IN_PROGRESS <-> WAITING_ON_CUSTOMER -> RESOLVED -> CLOSED, DECLINED from NEW or TRIAGED, RESOLVED -> IN_PROGRESS to reopen.")]
public sealed class ChangeRequestStatusInput
{
    [ID]
    public required string RequestId { get; init; }
    public required RequestStatus Status { get; init; }

    [GraphQLDescription("Why, recorded with the status-change event.")]
    public string? Note { get; init; }

    [GraphQLDescription("The version you read; when the request has changed since, nothing is changed and the error is CONCURRENT_UPDATE.")]
    public int? ExpectedVersion { get; init; }
}

[GraphQLDescription("The decision on a request, taken close to the customer, with its rationale.")]
public sealed class DecideRequestInput
{
    [ID]
    public required string RequestId { get; init; }
    public required RequestDecision Decision { get; init; }
    public required string Rationale { get; init; }

    [GraphQLDescription("When true, the rationale is internal to IT: customer keys read it as null. False when not given.")]
    public bool? RationaleInternal { get; init; }

    [ID]
    [GraphQLDescription("The staff member who decided; when not given, the staff member the key is bound to (`keys create --staff`).")]
    public string? DecidedById { get; init; }

    [GraphQLDescription("Where the answer already exists; required for ALREADY_AVAILABLE.")]
    public string? KnowledgeLink { get; init; }
    public int? ExpectedVersion { get; init; }
}

/// <summary>A payload whose object is a request, read after the change with the selection's projection.</summary>
public abstract class RequestPayload : Payload
{
    [GraphQLIgnore]
    public int? RequestId { get; init; }

    [GraphQLDescription("The request after the change; null when there are errors.")]
    public Task<Request?> GetRequest(IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) => db.FindProjectedAsync<Request>(RequestId, context);
}

public sealed class CreateRequestPayload : RequestPayload;

public sealed class UpdateRequestPayload : RequestPayload;

public sealed class ChangeRequestStatusPayload : RequestPayload;

public sealed class DecideRequestPayload : RequestPayload;
