using System.Text.Json;
using GraphApi.Api;
using GraphApi.Customers;
using GraphApi.Requests;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Integrations.Receivers;

/// <summary>
/// Takes one ServiceNow or Jira delivery: authenticates it, reads it, and applies it through <c>upsertRequestFromExternal</c>
/// as the system's connector (<see cref="ActorName"/>), so a repeated delivery changes nothing more. Refusals write nothing.
/// </summary>
public sealed class WebhookReceiver(WebhookAuthenticator authenticator, IConfiguration configuration, Caller caller, MutationContext mutation, ILogger<WebhookReceiver> logger)
{
    /// <summary>The largest body accepted; an incident or issue is a few kilobytes.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The key name changes from <paramref name="system"/> are recorded under (events' actor is <c>connector:&lt;name&gt;</c>).</summary>
    public static string ActorName(ExternalSystem system) => $"{system.ToString().ToLowerInvariant()}-webhook";

    /// <summary>The options of <paramref name="system"/>'s receiver, from <c>Receivers:&lt;system&gt;</c>.</summary>
    public static WebhookReceiverOptions Options(IConfiguration configuration, ExternalSystem system) =>
        configuration.GetSection($"Receivers:{system}").Get<WebhookReceiverOptions>() ?? new WebhookReceiverOptions();

    /// <summary>Handles one POST: 202 with the request, or the refusal's status and coded errors.</summary>
    public async Task<IResult> ReceiveAsync(HttpContext context, ExternalSystem system)
    {
        var options = Options(configuration, system);
        if (!options.Enabled)
        {
            return Refuse(StatusCodes.Status404NotFound, new WebhookError(WebhookErrorCodes.NotConfigured, $"The {system} receiver is off: set Receivers:{system}:Secret or Receivers:{system}:SigningSecret."));
        }

        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, new WebhookError(WebhookErrorCodes.TooLarge, $"The body is larger than {MaxBodyBytes / 1024} KiB."));
        }

        if (authenticator.Authenticate(system, options, context.Request, body) is { } refused)
        {
            return Refuse(refused.Code == WebhookErrorCodes.InvalidPayload ? StatusCodes.Status400BadRequest : StatusCodes.Status401Unauthorized, refused);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return Refuse(StatusCodes.Status400BadRequest, new WebhookError(WebhookErrorCodes.InvalidJson, $"The body is not JSON: {exception.Message}"));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Refuse(StatusCodes.Status400BadRequest, new WebhookError(WebhookErrorCodes.InvalidJson, $"The body must be a JSON object, not {document.RootElement.ValueKind}."));
            }

            var reader = new WebhookPayloadReader(document.RootElement);
            var update = system == ExternalSystem.Jira
                ? JiraIssuePayload.Parse(document.RootElement, reader)
                : ServiceNowIncidentPayload.Parse(document.RootElement, reader);
            if (update is null)
            {
                return Refuse(StatusCodes.Status400BadRequest, [.. reader.Errors]);
            }

            caller.SignIn(new AuthenticatedKey(0, ActorName(system), ApiKeyRole.Connector, null));
            return await ApplyAsync(update, options, context.RequestAborted);
        }
    }

    private async Task<IResult> ApplyAsync(ExternalRecordUpdate update, WebhookReceiverOptions options, CancellationToken cancellationToken)
    {
        await using var db = mutation.Database();
        var current = await db.ExternalReferences.AsNoTracking()
            .Where(r => r.System == update.System && r.ExternalId == update.ExternalId)
            .Select(r => (RequestStatus?)r.Request!.Status)
            .FirstOrDefaultAsync(cancellationToken);
        var exists = current is not null;

        IReadOnlyList<RequestStatus> steps = [];
        if (update.StateCode is { } code)
        {
            if (ExternalStatusMapping.StepsTo(update.System, code, current) is not { } path)
            {
                return Refuse(StatusCodes.Status409Conflict, new WebhookError(ApiErrorCodes.InvalidTransition,
                    $"{update.System} state '{code}' maps to no status a {EnumNames.Of(current!.Value)} request can reach; nothing was changed.", update.FieldNames["input.status"]));
            }

            steps = path;
        }

        string? customerId = null;
        if (!exists)
        {
            var email = update.CallerEmail ?? options.DefaultCustomerEmail;
            var customer = email is null ? null : await FindCustomerAsync(db, email, cancellationToken) ?? (options.DefaultCustomerEmail is { } fallback ? await FindCustomerAsync(db, fallback, cancellationToken) : null);
            if (customer is null)
            {
                var field = update.FieldNames["input.customerId"];
                return Refuse(StatusCodes.Status400BadRequest, new WebhookError(WebhookErrorCodes.UnknownCaller,
                    $"{update.System} record '{update.ExternalId}' is new and its caller ({update.CallerEmail ?? "no email sent"}) is no customer here: create the customer, send the caller's email, or set Receivers:{update.System}:DefaultCustomerEmail.", field));
            }

            customerId = GlobalId.Encode(nameof(Customer), customer.Value);
        }

        var input = new UpsertRequestFromExternalInput
        {
            System = update.System,
            ExternalId = update.ExternalId,
            DisplayKey = update.DisplayKey,
            Url = update.Url,
            CustomerId = customerId,
            Title = Fit(update.Title, InputCheck.ShortTextLength),
            Description = Fit(update.Description, InputCheck.LongTextLength),
            Priority = update.Priority,
            Status = steps.Count > 0 ? steps[0] : null,
        };
        var payload = await new Mutation().UpsertRequestFromExternal(input, mutation, cancellationToken);

        // The external record may have skipped statuses GraphApi's life cycle passes through (New straight to Resolved): walk them.
        foreach (var step in steps.Skip(1))
        {
            if (payload.Errors.Count > 0)
            {
                break;
            }

            payload = await new Mutation().UpsertRequestFromExternal(new UpsertRequestFromExternalInput { System = update.System, ExternalId = update.ExternalId, Status = step }, mutation, cancellationToken);
        }

        if (payload.Errors.Count > 0)
        {
            var conflict = payload.Errors.Any(e => e.Code is ApiErrorCodes.InvalidTransition or ApiErrorCodes.ConcurrentUpdate or ApiErrorCodes.AlreadyExists);
            logger.LogWarning("Refused {System} delivery for {ExternalId}: {Errors}", update.System, update.ExternalId, string.Join("; ", payload.Errors.Select(e => $"{e.Code} {e.Message}")));
            return Refuse(conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
                [.. payload.Errors.Select(e => new WebhookError(e.Code, e.Message, e.Field is null ? null : update.FieldNames.GetValueOrDefault(e.Field, e.Field)))]);
        }

        var request = await db.Requests.AsNoTracking().Where(r => r.Id == payload.RequestId).Select(r => new { r.Id, r.Number, r.Status }).FirstAsync(cancellationToken);
        return Results.Json(new
        {
            requestId = GlobalId.Encode(nameof(Request), request.Id),
            number = request.Number,
            status = EnumNames.Of(request.Status),
            created = payload.Created,
        }, statusCode: StatusCodes.Status202Accepted);
    }

    private static Task<int?> FindCustomerAsync(Persistence.GraphApiDbContext db, string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToLowerInvariant();
        return db.Customers.AsNoTracking().Where(c => c.Email.ToLower() == normalized).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    // Jira summaries run to 255 characters and descriptions further; GraphApi keeps the start rather than refuse the record.
    private static string? Fit(string? text, int maxLength) => text is null || text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult Refuse(int statusCode, params WebhookError[] errors) =>
        Results.Json(new { errors = errors.Select(e => new { code = e.Code, message = e.Message, field = e.Field }) }, statusCode: statusCode);
}
