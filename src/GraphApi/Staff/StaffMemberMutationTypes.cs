using GraphApi.Api;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;

namespace GraphApi.Staff;

[GraphQLDescription("A new IT staff member.")]
public sealed class CreateStaffMemberInput
{
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string Team { get; init; }
}

[GraphQLDescription("Changes to a staff member; fields left out (or null) stay as they are.")]
public sealed class UpdateStaffMemberInput
{
    [ID]
    public required string StaffMemberId { get; init; }
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Team { get; init; }
}

/// <summary>A payload whose object is a staff member.</summary>
public abstract class StaffMemberPayload : Payload
{
    [GraphQLIgnore]
    public int? StaffMemberId { get; init; }

    [GraphQLDescription("The staff member after the change; null when there are errors.")]
    public Task<StaffMember?> GetStaffMember(IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) => db.FindProjectedAsync<StaffMember>(StaffMemberId, context);
}

public sealed class CreateStaffMemberPayload : StaffMemberPayload;

public sealed class UpdateStaffMemberPayload : StaffMemberPayload;
