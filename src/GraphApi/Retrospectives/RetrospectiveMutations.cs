using GraphApi.Events;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using GraphApi.Requests;
using GraphApi.Retrospectives;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Mutation
{
    /// <summary>The most action items (or participants) one retrospective takes at once.</summary>
    public const int MaxRetrospectiveItems = 50;

    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff)]
    [GraphQLDescription("Records a retrospective with its participants and action items.")]
    public async Task<RecordRetrospectivePayload> RecordRetrospective(RecordRetrospectiveInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var requestId = check.OptionalId(input.RequestId, nameof(Request), "input.requestId");
        var participantInputs = input.ParticipantIds ?? [];
        var itemInputs = input.ActionItems ?? [];
        foreach (var (text, field) in new[] { (input.WentWell, "wentWell"), (input.WentWrong, "wentWrong"), (input.DoDifferently, "doDifferently"), (input.ItPerspective, "itPerspective"), (input.CustomerPerspective, "customerPerspective") })
        {
            check.OptionalText(text, "input." + field);
        }

        if (input.CustomerRating is < 1 or > 5)
        {
            check.Fail(ApiErrorCodes.InvalidInput, "customerRating must be from 1 to 5.", "input.customerRating");
        }

        if (participantInputs.Count > MaxRetrospectiveItems || itemInputs.Count > MaxRetrospectiveItems)
        {
            check.Fail(ApiErrorCodes.InvalidInput, $"A retrospective takes at most {MaxRetrospectiveItems} participants and {MaxRetrospectiveItems} action items at once.");
        }

        var db = mutation.Database();
        var request = await check.FindAsync(db.Requests.AsNoTracking(), requestId, "input.requestId", cancellationToken);

        var participantIds = new List<int>();
        for (var i = 0; i < participantInputs.Count && i < MaxRetrospectiveItems; i++)
        {
            var field = $"input.participantIds[{i}]";
            var staffId = check.Id(participantInputs[i], nameof(StaffMember), field);
            await check.Exists<StaffMember>(db, staffId, field, cancellationToken);
            if (!participantIds.Contains(staffId))
            {
                participantIds.Add(staffId);
            }
        }

        var items = new List<ActionItem>();
        for (var i = 0; i < itemInputs.Count && i < MaxRetrospectiveItems; i++)
        {
            var item = itemInputs[i];
            items.Add(await ActionItemChecks.NewAsync(check, db, mutation, item.Text, item.OwnerId, item.DueAt, $"input.actionItems[{i}]", cancellationToken));
        }

        if (check.Failed)
        {
            return new RecordRetrospectivePayload { Errors = check.Errors };
        }

        var retrospective = mutation.Mapper.Map<Retrospective>(input);
        retrospective.RequestId = requestId;
        retrospective.HeldAt = input.HeldAt?.ToUniversalTime() ?? mutation.Now;
        retrospective.Participants = participantIds.Select(staffId => new RetrospectiveParticipant { StaffMemberId = staffId }).ToList();
        retrospective.ActionItems = items;
        db.Retrospectives.Add(retrospective);
        var error = await mutation.SaveAsync(db, cancellationToken, () => Outbox.RetrospectiveRecorded(db, retrospective, request?.CustomerId, mutation.Actor, mutation.Now));
        return error is null ? new RecordRetrospectivePayload { RetrospectiveId = retrospective.Id } : new RecordRetrospectivePayload { Errors = [error] };
    }

    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff)]
    [GraphQLDescription("Adds an action item to a retrospective.")]
    public async Task<AddActionItemPayload> AddActionItem(AddActionItemInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var retrospectiveId = check.Id(input.RetrospectiveId, nameof(Retrospective), "input.retrospectiveId");
        var db = mutation.Database();
        var retrospective = await check.FindAsync(db.Retrospectives.AsNoTracking().Include(r => r.Request), retrospectiveId, "input.retrospectiveId", cancellationToken);
        var item = await ActionItemChecks.NewAsync(check, db, mutation, input.Text, input.OwnerId, input.DueAt, "input", cancellationToken);
        if (check.Failed || retrospective is null)
        {
            return new AddActionItemPayload { Errors = check.Errors };
        }

        item.RetrospectiveId = retrospectiveId;
        db.ActionItems.Add(item);
        var error = await mutation.SaveAsync(db, cancellationToken, () =>
            Outbox.ActionItemChanged(db, EventType.ActionItemAdded, item, retrospective.RequestId, retrospective.Request?.CustomerId, mutation.Actor, mutation.Now));
        return error is null ? new AddActionItemPayload { ActionItemId = item.Id } : new AddActionItemPayload { Errors = [error] };
    }

    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff)]
    [GraphQLDescription("Marks an action item done (doing so twice is harmless: the second changes nothing and writes no event).")]
    public async Task<CompleteActionItemPayload> CompleteActionItem(CompleteActionItemInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var itemId = check.Id(input.ActionItemId, nameof(ActionItem), "input.actionItemId");
        var db = mutation.Database();
        var item = await check.FindAsync(db.ActionItems.Include(a => a.Retrospective).ThenInclude(r => r!.Request), itemId, "input.actionItemId", cancellationToken);

        if (check.Failed || item is null)
        {
            return new CompleteActionItemPayload { Errors = check.Errors };
        }

        if (!item.Done)
        {
            item.Done = true;
            Outbox.ActionItemChanged(db, EventType.ActionItemCompleted, item, item.Retrospective!.RequestId, item.Retrospective.Request?.CustomerId, mutation.Actor, mutation.Now);
        }

        var error = await mutation.SaveAsync(db, cancellationToken);
        return error is null ? new CompleteActionItemPayload { ActionItemId = item.Id } : new CompleteActionItemPayload { Errors = [error] };
    }
}

/// <summary>Checks shared by the action item mutations.</summary>
internal static class ActionItemChecks
{
    public static async Task<ActionItem> NewAsync(InputCheck check, GraphApiDbContext db, MutationContext mutation, string text, string? ownerId, DateTime? dueAt, string path, CancellationToken cancellationToken)
    {
        check.Text(text, path + ".text", InputCheck.LongTextLength);
        var owner = check.OptionalId(ownerId, nameof(StaffMember), path + ".ownerId");
        await check.Exists<StaffMember>(db, owner, path + ".ownerId", cancellationToken);
        return new ActionItem { Text = text.Trim(), OwnerId = owner, DueAt = dueAt?.ToUniversalTime() };
    }
}
