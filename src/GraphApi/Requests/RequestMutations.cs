using GraphApi.Customers;
using GraphApi.Events;
using GraphApi.GraphQL;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using GraphApi.Requests;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Mutation
{
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff, ApiKeyRole.Customer)]
    [GraphQLDescription("Raises a request (status NEW, a new REQ- number).")]
    public async Task<CreateRequestPayload> CreateRequest(CreateRequestInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var customerId = check.Id(input.CustomerId, nameof(Customer), "input.customerId");

        // Refused the same way whether or not the other customer exists, so a customer key learns nothing about others.
        if (mutation.Caller.Role == ApiKeyRole.Customer && customerId != 0 && customerId != mutation.Caller.CustomerId)
        {
            throw new GraphQLException("A customer key may raise requests only for its own customer: pass your own customer's id as customerId.", SecurityErrorCodes.NotAuthorized);
        }

        var ownerId = check.OptionalId(input.OwnerId, nameof(StaffMember), "input.ownerId");
        RequestChecks.Details(check, input.Title, input.Description, input.BusinessImpact, input.Why);
        var db = mutation.Database();
        await check.Exists<Customer>(db, customerId, "input.customerId", cancellationToken);
        await check.Exists<StaffMember>(db, ownerId, "input.ownerId", cancellationToken);
        if (check.Failed)
        {
            return new CreateRequestPayload { Errors = check.Errors };
        }

        var request = mutation.Mapper.Map<Request>(input);
        request.CustomerId = customerId;
        request.OwnerId = ownerId;
        request.Number = $"pending-{Guid.NewGuid():N}";
        request.CreatedAt = mutation.Now;
        db.Requests.Add(request);
        var error = await mutation.SaveAsync(db, cancellationToken, () =>
        {
            request.Number = Request.FormatNumber(request.Id);
            Outbox.RequestCreated(db, request, RequestStatus.New, mutation.Actor, mutation.Now);
        });
        return error is null ? new CreateRequestPayload { RequestId = request.Id } : new CreateRequestPayload { Errors = [error] };
    }

    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff)]
    [GraphQLDescription("Changes a request's details.")]
    public async Task<UpdateRequestPayload> UpdateRequest(UpdateRequestInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var requestId = check.Id(input.RequestId, nameof(Request), "input.requestId");
        var ownerId = check.OptionalId(input.OwnerId, nameof(StaffMember), "input.ownerId");
        if (input.Title is not null)
        {
            check.Text(input.Title, "input.title");
        }

        RequestChecks.Details(check, null, input.Description, input.BusinessImpact, input.Why);
        check.Url(input.KnowledgeLink, "input.knowledgeLink");
        var db = mutation.Database();
        await check.Exists<StaffMember>(db, ownerId, "input.ownerId", cancellationToken);
        var request = await RequestChecks.LoadAsync(check, db, requestId, input.ExpectedVersion, cancellationToken);
        if (check.Failed || request is null)
        {
            return new UpdateRequestPayload { Errors = check.Errors };
        }

        mutation.Mapper.Map(input, request);
        request.OwnerId = ownerId ?? request.OwnerId;
        var changed = ChangedFields.Of(db.Entry(request));
        if (changed.Count > 0)
        {
            request.Version++;
            Outbox.RequestUpdated(db, request, changed, mutation.Actor, mutation.Now);
        }

        var error = await mutation.SaveAsync(db, cancellationToken);
        return error is null ? new UpdateRequestPayload { RequestId = request.Id } : new UpdateRequestPayload { Errors = [error] };
    }

    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff, ApiKeyRole.Connector)]
    [GraphQLDescription("Moves a request along its life cycle; a transition the life cycle does not allow is INVALID_TRANSITION.")]
    public async Task<ChangeRequestStatusPayload> ChangeRequestStatus(ChangeRequestStatusInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var requestId = check.Id(input.RequestId, nameof(Request), "input.requestId");
        var note = check.OptionalText(input.Note, "input.note");
        var db = mutation.Database();
        var request = await RequestChecks.LoadAsync(check, db, requestId, input.ExpectedVersion, cancellationToken);
        if (check.Failed || request is null)
        {
            return new ChangeRequestStatusPayload { Errors = check.Errors };
        }

        if (RequestChecks.ChangeStatus(db, request, input.Status, mutation, note) is { } refused)
        {
            return new ChangeRequestStatusPayload { Errors = [new MutationError(refused.Code, refused.Message, "input.status")] };
        }

        var error = await mutation.SaveAsync(db, cancellationToken);
        return error is null ? new ChangeRequestStatusPayload { RequestId = request.Id } : new ChangeRequestStatusPayload { Errors = [error] };
    }

    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff)]
    [GraphQLDescription("Records the decision on a request (accept, decline, defer, already available) with its rationale, who decided and when. Accepting a NEW request triages it; declining declines it (INVALID_TRANSITION once work has started); both in the same change.")]
    public async Task<DecideRequestPayload> DecideRequest(DecideRequestInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var requestId = check.Id(input.RequestId, nameof(Request), "input.requestId");
        var decidedById = input.DecidedById is null ? mutation.Caller.StaffMemberId : check.Id(input.DecidedById, nameof(StaffMember), "input.decidedById");
        if (decidedById is null)
        {
            check.Fail(ApiErrorCodes.InvalidInput, "Say who decided: give decidedById, or use a key bound to a staff member (keys create --staff).", "input.decidedById");
        }

        check.Text(input.Rationale, "input.rationale", InputCheck.LongTextLength);
        var link = check.Url(input.KnowledgeLink, "input.knowledgeLink");
        if (input.Decision == RequestDecision.AlreadyAvailable && link is null)
        {
            check.Fail(ApiErrorCodes.InvalidInput, "ALREADY_AVAILABLE needs the knowledgeLink where the answer already exists.", "input.knowledgeLink");
        }

        var db = mutation.Database();
        await check.Exists<StaffMember>(db, decidedById, "input.decidedById", cancellationToken);
        var request = await RequestChecks.LoadAsync(check, db, requestId, input.ExpectedVersion, cancellationToken);
        if (check.Failed || request is null)
        {
            return new DecideRequestPayload { Errors = check.Errors };
        }

        var previous = request.Status;
        var status = input.Decision switch
        {
            RequestDecision.Accepted when previous == RequestStatus.New => RequestStatus.Triaged,
            RequestDecision.Declined when previous != RequestStatus.Declined => RequestStatus.Declined,
            _ => previous,
        };
        if (status != previous && RequestStatusTransitions.Check(previous, status) is { } refused)
        {
            return new DecideRequestPayload { Errors = [new MutationError(refused.Code, refused.Message, "input.decision")] };
        }

        request.Decision = input.Decision;
        request.DecisionRationale = input.Rationale.Trim();
        request.DecisionRationaleInternal = input.RationaleInternal ?? false;
        request.DecidedById = decidedById;
        request.DecidedAt = mutation.Now;
        request.KnowledgeLink = link ?? request.KnowledgeLink;
        var changed = ChangedFields.Of(db.Entry(request));
        Outbox.RequestDecided(db, request, previous, status, status == previous ? changed : [.. changed, "status"], mutation.Actor, mutation.Now);
        if (status == previous)
        {
            request.Version++;
        }
        else
        {
            RequestChecks.ChangeStatus(db, request, status, mutation, $"decided {EnumNames.Of(input.Decision)}");
        }

        var error = await mutation.SaveAsync(db, cancellationToken);
        return error is null ? new DecideRequestPayload { RequestId = request.Id } : new DecideRequestPayload { Errors = [error] };
    }
}

/// <summary>Checks shared by the request mutations (and the connector's upsert).</summary>
internal static class RequestChecks
{
    public static void Details(InputCheck check, string? title, string? description, string? businessImpact, string? why)
    {
        if (title is not null)
        {
            check.Text(title, "input.title");
        }

        check.OptionalText(description, "input.description");
        check.OptionalText(businessImpact, "input.businessImpact");
        check.OptionalText(why, "input.why");
    }

    /// <summary>The tracked request, or null with NOT_FOUND; CONCURRENT_UPDATE when <paramref name="expectedVersion"/> is stale.</summary>
    public static async Task<Request?> LoadAsync(InputCheck check, GraphApiDbContext db, int requestId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var request = await check.FindAsync(db.Requests, requestId, "input.requestId", cancellationToken);
        if (request is null)
        {
            return null;
        }

        if (expectedVersion is { } expected && expected != request.Version)
        {
            check.Fail(ApiErrorCodes.ConcurrentUpdate, $"The request is at version {request.Version}, not {expected}: someone changed it since you read it. Read it again and retry.", "input.expectedVersion");
        }
        else if (expectedVersion is { } version)
        {
            // Makes the UPDATE conditional on the version read, so a change committed in between is caught too.
            db.Entry(request).Property(r => r.Version).OriginalValue = version;
        }

        return request;
    }

    /// <summary>Changes the status and adds its event; the refusal when the life cycle does not allow it.</summary>
    public static DomainError? ChangeStatus(GraphApiDbContext db, Request request, RequestStatus status, MutationContext mutation, string? note)
    {
        var previous = request.Status;
        if (request.ChangeStatus(status, mutation.Now) is { } refused)
        {
            return refused;
        }

        request.FirstResponseAt ??= previous == RequestStatus.New ? mutation.Now : null;
        Outbox.RequestStatusChanged(db, request, previous, mutation.Actor, mutation.Now, note);
        return null;
    }
}
