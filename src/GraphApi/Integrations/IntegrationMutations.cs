using GraphApi.Customers;
using GraphApi.Events;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Integrations;
using GraphApi.Persistence;
using GraphApi.Requests;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Mutation
{
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff, ApiKeyRole.Connector)]
    [GraphQLDescription("Links a request to a ServiceNow or Jira record; one external record links to one request.")]
    public async Task<LinkExternalReferencePayload> LinkExternalReference(LinkExternalReferenceInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var requestId = check.Id(input.RequestId, nameof(Request), "input.requestId");
        var externalId = check.Text(input.ExternalId, "input.externalId");
        check.OptionalText(input.DisplayKey, "input.displayKey", InputCheck.ShortTextLength);
        check.Url(input.Url, "input.url");
        var db = mutation.Database();
        var request = await check.FindAsync(db.Requests.AsNoTracking(), requestId, "input.requestId", cancellationToken);

        var existing = await db.ExternalReferences.IgnoreQueryFilters().FirstOrDefaultAsync(x => x.System == input.System && x.ExternalId == externalId, cancellationToken);
        if (existing is not null && existing.RequestId != requestId)
        {
            check.Fail(ApiErrorCodes.AlreadyExists, $"{input.System} record '{externalId}' is already linked to another request.", "input.externalId");
        }

        if (check.Failed || request is null)
        {
            return new LinkExternalReferencePayload { Errors = check.Errors };
        }

        var reference = existing ?? db.ExternalReferences.Add(mutation.Mapper.Map<ExternalReference>(input)).Entity;
        reference.RequestId = requestId;
        reference.ExternalId = externalId;
        reference.DisplayKey = input.DisplayKey?.Trim() ?? reference.DisplayKey;
        reference.Url = input.Url?.Trim() ?? reference.Url;
        if (existing is not null)
        {
            Outbox.ExternalReferenceUpdated(db, reference, request.CustomerId, ChangedFields.Of(db.Entry(reference)), mutation.Actor, mutation.Now);
        }

        var error = await mutation.SaveAsync(db, cancellationToken, existing is null
            ? () => Outbox.ExternalReferenceLinked(db, reference, request.CustomerId, mutation.Actor, mutation.Now)
            : null);
        return error is null ? new LinkExternalReferencePayload { ExternalReferenceId = reference.Id } : new LinkExternalReferencePayload { Errors = [error] };
    }

    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Connector)]
    [GraphQLDescription("Creates or updates the request of a ServiceNow or Jira record, idempotently on system + externalId.")]
    public async Task<UpsertRequestFromExternalPayload> UpsertRequestFromExternal(UpsertRequestFromExternalInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var payload = await UpsertOnceAsync(input, mutation, cancellationToken);

        // Two connectors creating the same record at once: the loser's insert hits the unique index; retried, it updates.
        return payload.Errors is [{ Code: ApiErrorCodes.AlreadyExists }] ? await UpsertOnceAsync(input, mutation, cancellationToken) : payload;
    }

    private static async Task<UpsertRequestFromExternalPayload> UpsertOnceAsync(UpsertRequestFromExternalInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var externalId = check.Text(input.ExternalId, "input.externalId");
        check.OptionalText(input.DisplayKey, "input.displayKey", InputCheck.ShortTextLength);
        check.Url(input.Url, "input.url");
        RequestChecks.Details(check, input.Title, input.Description, input.BusinessImpact, null);
        var db = mutation.Database();
        var reference = await db.ExternalReferences.FirstOrDefaultAsync(x => x.System == input.System && x.ExternalId == externalId, cancellationToken);
        if (reference is null)
        {
            return await CreateFromExternalAsync(check, db, input, externalId, mutation, cancellationToken);
        }

        var request = await RequestChecks.LoadAsync(check, db, reference.RequestId, input.ExpectedVersion, cancellationToken);
        if (check.Failed || request is null)
        {
            return new UpsertRequestFromExternalPayload { Errors = check.Errors };
        }

        mutation.Mapper.Map(input, request);
        var changed = ChangedFields.Of(db.Entry(request));
        Outbox.RequestUpdated(db, request, changed, mutation.Actor, mutation.Now);
        if (input.Status is { } status && status != request.Status)
        {
            if (RequestChecks.ChangeStatus(db, request, status, mutation, $"from {input.System} {externalId}") is { } refused)
            {
                return new UpsertRequestFromExternalPayload { Errors = [new MutationError(refused.Code, refused.Message, "input.status")] };
            }
        }
        else if (changed.Count > 0)
        {
            request.Version++;
        }

        reference.DisplayKey = input.DisplayKey?.Trim() ?? reference.DisplayKey;
        reference.Url = input.Url?.Trim() ?? reference.Url;
        Outbox.ExternalReferenceUpdated(db, reference, request.CustomerId, ChangedFields.Of(db.Entry(reference)), mutation.Actor, mutation.Now);
        var error = await mutation.SaveAsync(db, cancellationToken);
        return error is null ? new UpsertRequestFromExternalPayload { RequestId = request.Id } : new UpsertRequestFromExternalPayload { Errors = [error] };
    }

    private static async Task<UpsertRequestFromExternalPayload> CreateFromExternalAsync(InputCheck check, GraphApiDbContext db, UpsertRequestFromExternalInput input, string externalId, MutationContext mutation, CancellationToken cancellationToken)
    {
        if (input.Title is null)
        {
            check.Fail(ApiErrorCodes.InvalidInput, $"No request is linked to {input.System} record '{externalId}' yet: give a title to create it.", "input.title");
        }

        var customerId = input.CustomerId is null ? 0 : check.Id(input.CustomerId, nameof(Customer), "input.customerId");
        if (input.CustomerId is null)
        {
            check.Fail(ApiErrorCodes.InvalidInput, $"No request is linked to {input.System} record '{externalId}' yet: give a customerId to create it.", "input.customerId");
        }

        await check.Exists<Customer>(db, customerId, "input.customerId", cancellationToken);
        if (check.Failed)
        {
            return new UpsertRequestFromExternalPayload { Errors = check.Errors };
        }

        var request = mutation.Mapper.Map<Request>(input);
        request.CustomerId = customerId;
        request.Number = $"pending-{Guid.NewGuid():N}";
        request.CreatedAt = mutation.Now;
        var reference = mutation.Mapper.Map<ExternalReference>(input);
        reference.ExternalId = externalId;
        reference.Request = request;
        db.ExternalReferences.Add(reference);
        // The external record is the source of truth: it arrives in whatever state it is in, in the same transaction.
        request.Status = RequestStatus.New;
        var arrived = input.Status is { } status and not RequestStatus.New ? status : (RequestStatus?)null;
        if (arrived is { } state)
        {
            request.Status = state;
            request.FirstResponseAt = mutation.Now;
            request.ResolvedAt = state is RequestStatus.Resolved or RequestStatus.Closed ? mutation.Now : null;
            request.ClosedAt = state is RequestStatus.Closed or RequestStatus.Declined ? mutation.Now : null;
        }

        var error = await mutation.SaveAsync(db, cancellationToken, () =>
        {
            request.Number = Request.FormatNumber(request.Id);
            Outbox.RequestCreated(db, request, RequestStatus.New, mutation.Actor, mutation.Now, $"created from {input.System} {externalId}");
            Outbox.ExternalReferenceLinked(db, reference, customerId, mutation.Actor, mutation.Now);
            if (arrived is not null)
            {
                Outbox.RequestStatusChanged(db, request, RequestStatus.New, mutation.Actor, mutation.Now, $"created from {input.System} {externalId}");
            }
        });
        return error is null ? new UpsertRequestFromExternalPayload { RequestId = request.Id, Created = true } : new UpsertRequestFromExternalPayload { Errors = [error] };
    }
}
