using GraphApi.Api;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;

namespace GraphApi.Expectations;

[GraphQLDescription("A commitment to a customer: what, by when, the alternative if it slips, and how often they will hear from us.")]
public sealed class SetExpectationInput
{
    [ID]
    public required string RequestId { get; init; }
    public required string Deliverable { get; init; }
    public required DateTime DueAt { get; init; }
    public string? Alternative { get; init; }

    [GraphQLDescription("How often the customer hears from us, as an ISO 8601 duration (`P1D`); at least an hour.")]
    public TimeSpan? UpdateCadence { get; init; }
    public string? AgreedWith { get; init; }
}

[GraphQLDescription("A new status for an open expectation: ON_TRACK, AT_RISK, MET or MISSED.")]
public sealed class UpdateExpectationStatusInput
{
    [ID]
    public required string ExpectationId { get; init; }
    public required ExpectationStatus Status { get; init; }
}

[GraphQLDescription("Replaces an open expectation with a new one agreed with the customer; fields left out are carried over.")]
public sealed class RenegotiateExpectationInput
{
    [ID]
    public required string ExpectationId { get; init; }
    public string? Deliverable { get; init; }
    public required DateTime DueAt { get; init; }
    public string? Alternative { get; init; }
    public TimeSpan? UpdateCadence { get; init; }
    public string? AgreedWith { get; init; }
}

/// <summary>A payload whose object is an expectation, read after the change with the selection's projection.</summary>
public abstract class ExpectationPayload : Payload
{
    [GraphQLIgnore]
    public int? ExpectationId { get; init; }

    [GraphQLDescription("The expectation after the change; null when there are errors.")]
    public Task<Expectation?> GetExpectation(IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) => db.FindProjectedAsync<Expectation>(ExpectationId, context);
}

public sealed class SetExpectationPayload : ExpectationPayload;

public sealed class UpdateExpectationStatusPayload : ExpectationPayload;

public sealed class RenegotiateExpectationPayload : ExpectationPayload
{
    [GraphQLIgnore]
    public int? PreviousId { get; init; }

    [GraphQLDescription("The expectation it replaces, now RENEGOTIATED.")]
    public Task<Expectation?> GetPrevious(IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) => db.FindProjectedAsync<Expectation>(PreviousId, context);
}
