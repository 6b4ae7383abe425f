using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Mutation
{
    [Authorize(ApiKeyRole.Admin)]
    [GraphQLDescription("Adds an IT staff member; the email must be unused.")]
    public async Task<CreateStaffMemberPayload> CreateStaffMember(CreateStaffMemberInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        check.Text(input.Name, "input.name");
        check.Text(input.Team, "input.team");
        var email = PersonChecks.Email(check, input.Email);
        var db = mutation.Database();
        if (await db.StaffMembers.AnyAsync(s => s.Email == email, cancellationToken))
        {
            check.Fail(ApiErrorCodes.AlreadyExists, $"A staff member already has the email '{email}'.", "input.email");
        }

        if (check.Failed)
        {
            return new CreateStaffMemberPayload { Errors = check.Errors };
        }

        var member = input.ToStaffMember(email);
        db.StaffMembers.Add(member);
        var error = await mutation.SaveAsync(db, cancellationToken);
        return error is null ? new CreateStaffMemberPayload { StaffMemberId = member.Id } : new CreateStaffMemberPayload { Errors = [error] };
    }

    [Authorize(ApiKeyRole.Admin)]
    [GraphQLDescription("Changes a staff member.")]
    public async Task<UpdateStaffMemberPayload> UpdateStaffMember(UpdateStaffMemberInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var memberId = check.Id(input.StaffMemberId, nameof(StaffMember), "input.staffMemberId");
        foreach (var (value, field) in new[] { (input.Name, "input.name"), (input.Team, "input.team") })
        {
            if (value is not null)
            {
                check.Text(value, field);
            }
        }

        var email = input.Email is null ? null : PersonChecks.Email(check, input.Email);
        var db = mutation.Database();
        var member = await check.FindAsync(db.StaffMembers, memberId, "input.staffMemberId", cancellationToken);

        if (email is not null && await db.StaffMembers.AnyAsync(s => s.Email == email && s.Id != memberId, cancellationToken))
        {
            check.Fail(ApiErrorCodes.AlreadyExists, $"Another staff member already has the email '{email}'.", "input.email");
        }

        if (check.Failed || member is null)
        {
            return new UpdateStaffMemberPayload { Errors = check.Errors };
        }

        input.ApplyTo(member);
        member.Email = email ?? member.Email;
        var error = await mutation.SaveAsync(db, cancellationToken);
        return error is null ? new UpdateStaffMemberPayload { StaffMemberId = member.Id } : new UpdateStaffMemberPayload { Errors = [error] };
    }
}
