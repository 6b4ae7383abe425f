using GraphApi.Events;
using GraphApi.Expectations;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using GraphApi.Requests;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Mutation
{
    /// <summary>The shortest update cadence accepted.</summary>
    public static readonly TimeSpan MinUpdateCadence = TimeSpan.FromHours(1);

    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff)]
    [GraphQLDescription("Sets an expectation with the customer on a request (status ON_TRACK).")]
    public async Task<SetExpectationPayload> SetExpectation(SetExpectationInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var requestId = check.Id(input.RequestId, nameof(Request), "input.requestId");
        ExpectationChecks.Terms(check, input.Deliverable, input.Alternative, input.UpdateCadence, input.AgreedWith, input.DueAt, mutation.Now);
        var db = mutation.Database();
        var request = await check.FindAsync(db.Requests.AsNoTracking(), requestId, "input.requestId", cancellationToken);
        if (check.Failed || request is null)
        {
            return new SetExpectationPayload { Errors = check.Errors };
        }

        var expectation = mutation.Mapper.Map<Expectation>(input);
        expectation.RequestId = requestId;
        expectation.DueAt = input.DueAt.ToUniversalTime();
        expectation.LastUpdateAt = mutation.Now;
        expectation.CreatedAt = mutation.Now;
        db.Expectations.Add(expectation);
        var error = await mutation.SaveAsync(db, cancellationToken,
            () => Outbox.ExpectationStatusChanged(db, expectation, request.CustomerId, null, mutation.Actor, mutation.Now));
        return error is null ? new SetExpectationPayload { ExpectationId = expectation.Id } : new SetExpectationPayload { Errors = [error] };
    }

    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff)]
    [GraphQLDescription("Changes an open expectation's status: ON_TRACK, AT_RISK, MET or MISSED.")]
    public async Task<UpdateExpectationStatusPayload> UpdateExpectationStatus(UpdateExpectationStatusInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var expectationId = check.Id(input.ExpectationId, nameof(Expectation), "input.expectationId");
        var db = mutation.Database();
        var expectation = await ExpectationChecks.LoadAsync(check, db, expectationId, cancellationToken);
        if (check.Failed || expectation is null)
        {
            return new UpdateExpectationStatusPayload { Errors = check.Errors };
        }

        var previous = expectation.Status;
        if (ExpectationStatusTransitions.Check(previous, input.Status) is { } refused)
        {
            return new UpdateExpectationStatusPayload { Errors = [new MutationError(refused.Code, refused.Message, "input.status")] };
        }

        expectation.Status = input.Status;
        expectation.LastUpdateAt = mutation.Now;
        expectation.MetAt = input.Status == ExpectationStatus.Met ? mutation.Now : null;
        Outbox.ExpectationStatusChanged(db, expectation, expectation.Request!.CustomerId, previous, mutation.Actor, mutation.Now);
        var error = await mutation.SaveAsync(db, cancellationToken);
        return error is null ? new UpdateExpectationStatusPayload { ExpectationId = expectation.Id } : new UpdateExpectationStatusPayload { Errors = [error] };
    }

    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff)]
    [GraphQLDescription("Renegotiates an open expectation: it becomes RENEGOTIATED and points to the new one, which starts ON_TRACK.")]
    public async Task<RenegotiateExpectationPayload> RenegotiateExpectation(RenegotiateExpectationInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var expectationId = check.Id(input.ExpectationId, nameof(Expectation), "input.expectationId");
        ExpectationChecks.Terms(check, input.Deliverable ?? "carried over", input.Alternative, input.UpdateCadence, input.AgreedWith, input.DueAt, mutation.Now);
        var db = mutation.Database();
        var previous = await ExpectationChecks.LoadAsync(check, db, expectationId, cancellationToken);
        if (previous is not null && !ExpectationStatusTransitions.IsOpen(previous.Status))
        {
            check.Fail(ApiErrorCodes.InvalidTransition, $"The expectation is {EnumNames.Of(previous.Status)} and can no longer be renegotiated.", "input.expectationId");
        }

        if (check.Failed || previous is null)
        {
            return new RenegotiateExpectationPayload { Errors = check.Errors };
        }

        var replacement = new Expectation
        {
            RequestId = previous.RequestId,
            Deliverable = input.Deliverable?.Trim() ?? previous.Deliverable,
            DueAt = input.DueAt.ToUniversalTime(),
            Alternative = input.Alternative?.Trim() ?? previous.Alternative,
            UpdateCadence = input.UpdateCadence ?? previous.UpdateCadence,
            AgreedWith = input.AgreedWith?.Trim() ?? previous.AgreedWith,
            LastUpdateAt = mutation.Now,
            CreatedAt = mutation.Now,
        };
        var before = previous.Status;
        previous.Status = ExpectationStatus.Renegotiated;
        previous.ReplacedBy = replacement;
        previous.LastUpdateAt = mutation.Now;
        db.Expectations.Add(replacement);
        var customerId = previous.Request!.CustomerId;
        var error = await mutation.SaveAsync(db, cancellationToken, () =>
        {
            Outbox.ExpectationStatusChanged(db, previous, customerId, before, mutation.Actor, mutation.Now);
            Outbox.ExpectationStatusChanged(db, replacement, customerId, null, mutation.Actor, mutation.Now);
        });
        return error is null
            ? new RenegotiateExpectationPayload { ExpectationId = replacement.Id, PreviousId = previous.Id }
            : new RenegotiateExpectationPayload { Errors = [error] };
    }
}

/// <summary>Checks shared by the expectation mutations.</summary>
internal static class ExpectationChecks
{
    public static void Terms(InputCheck check, string deliverable, string? alternative, TimeSpan? cadence, string? agreedWith, DateTime dueAt, DateTime now)
    {
        check.Text(deliverable, "input.deliverable", InputCheck.LongTextLength);
        check.OptionalText(alternative, "input.alternative");
        check.OptionalText(agreedWith, "input.agreedWith", InputCheck.ShortTextLength);
        if (cadence is { } every && every < Mutation.MinUpdateCadence)
        {
            check.Fail(ApiErrorCodes.InvalidInput, "updateCadence must be at least an hour (PT1H).", "input.updateCadence");
        }

        if (dueAt.ToUniversalTime() <= now)
        {
            check.Fail(ApiErrorCodes.InvalidInput, "dueAt must be in the future.", "input.dueAt");
        }
    }

    /// <summary>The tracked expectation with its request, or null with NOT_FOUND.</summary>
    public static async Task<Expectation?> LoadAsync(InputCheck check, GraphApiDbContext db, int expectationId, CancellationToken cancellationToken)
    {
        return await check.FindAsync(db.Expectations.Include(e => e.Request), expectationId, "input.expectationId", cancellationToken);
    }
}
