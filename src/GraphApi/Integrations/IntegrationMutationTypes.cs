using GraphApi.Api;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using GraphApi.Requests;

namespace GraphApi.Integrations;

[GraphQLDescription("Links a request to its counterpart in ServiceNow or Jira; linking the same one again updates its key and URL.")]
public sealed class LinkExternalReferenceInput
{
    [ID]
    public required string RequestId { get; init; }
    public required ExternalSystem System { get; init; }

    [GraphQLDescription("The ServiceNow sys_id or Jira issue key.")]
    public required string ExternalId { get; init; }
    public string? DisplayKey { get; init; }
    public string? Url { get; init; }
}

[GraphQLDescription("A connector's write: creates the request for an external record the first time, updates it after; the same input twice changes nothing more.")]
public sealed class UpsertRequestFromExternalInput
{
    public required ExternalSystem System { get; init; }
    public required string ExternalId { get; init; }
    public string? DisplayKey { get; init; }
    public string? Url { get; init; }

    [ID]
    [GraphQLDescription("The customer; required the first time (when the request is created).")]
    public string? CustomerId { get; init; }

    [GraphQLDescription("Required the first time.")]
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? BusinessImpact { get; init; }
    public RequestPriority? Priority { get; init; }

    [GraphQLDescription("The status to move to, when it differs; a move the life cycle does not allow is INVALID_TRANSITION and changes nothing.")]
    public RequestStatus? Status { get; init; }
    public int? ExpectedVersion { get; init; }
}

public sealed class LinkExternalReferencePayload : Payload
{
    [GraphQLIgnore]
    public int? ExternalReferenceId { get; init; }

    [GraphQLDescription("The reference; null when there are errors.")]
    public Task<ExternalReference?> GetExternalReference(IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) => db.FindProjectedAsync<ExternalReference>(ExternalReferenceId, context);
}

public sealed class UpsertRequestFromExternalPayload : RequestPayload
{
    [GraphQLDescription("Whether this call created the request (false: it existed and was updated, or left as it was).")]
    public bool Created { get; init; }
}
