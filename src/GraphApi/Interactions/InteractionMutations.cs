using GraphApi.Customers;
using GraphApi.Events;
using GraphApi.Expectations;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Interactions;
using GraphApi.Requests;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Mutation
{
    /// <summary>The most participants one interaction takes.</summary>
    public const int MaxParticipants = 50;

    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Staff)]
    [GraphQLDescription("Logs an interaction; it records whether the channel was one the customer prefers, and an outbound one is the request's first response when there was none (a change to the request: its version moves and REQUEST_UPDATED names firstResponseAt). Without participants, a key bound to a staff member takes part as LEAD.")]
    public async Task<LogInteractionPayload> LogInteraction(LogInteractionInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var customerId = check.Id(input.CustomerId, nameof(Customer), "input.customerId");
        var requestId = check.OptionalId(input.RequestId, nameof(Request), "input.requestId");
        check.Text(input.Summary, "input.summary", InputCheck.LongTextLength);
        check.OptionalText(input.InternalNote, "input.internalNote");
        var participants = input.Participants is null && mutation.Caller.StaffMemberId is { } bound
            ? [new InteractionParticipant { StaffMemberId = bound, Role = ParticipantRole.Lead }]
            : ParticipantIds(check, input.Participants ?? []);
        var db = mutation.Database();
        var customer = await check.FindAsync(CustomerVisibility.Visible<Customer>(db).AsNoTracking(), customerId, "input.customerId", cancellationToken);
        var request = await check.FindAsync(db.Requests, requestId, "input.requestId", cancellationToken);
        if (request is not null && request.CustomerId != customerId)
        {
            check.Fail(ApiErrorCodes.InvalidInput, "The request belongs to another customer.", "input.requestId");
        }

        foreach (var (staffId, index) in participants.Select((p, i) => (p.StaffMemberId, i)))
        {
            await check.Exists<StaffMember>(db, staffId, $"input.participants[{index}].staffMemberId", cancellationToken);
        }

        if (check.Failed || customer is null)
        {
            return new LogInteractionPayload { Errors = check.Errors };
        }

        var interaction = mutation.Mapper.Map<Interaction>(input);
        interaction.CustomerId = customer.Id;
        interaction.RequestId = request?.Id;
        interaction.OccurredAt = input.OccurredAt?.ToUniversalTime() ?? mutation.Now;
        interaction.OnPreferredChannel = customer.PreferredChannels.Contains(input.Channel);
        interaction.Participants = participants;
        var firstResponse = request is not null && input.Direction == InteractionDirection.Outbound && request.FirstResponseAt is null;
        if (firstResponse)
        {
            request!.FirstResponseAt = interaction.OccurredAt;
            request.Version++;
        }

        if (request is not null && input.Kind == InteractionKind.StatusUpdate)
        {
            // A status update is what the customer was promised every cadence: it restarts the clock of the request's open expectations.
            await db.Expectations.Where(e => e.RequestId == request.Id && (e.Status == ExpectationStatus.OnTrack || e.Status == ExpectationStatus.AtRisk))
                .ForEachAsync(e => e.LastUpdateAt = e.LastUpdateAt > interaction.OccurredAt ? e.LastUpdateAt : interaction.OccurredAt, cancellationToken);
        }

        db.Interactions.Add(interaction);
        var error = await mutation.SaveAsync(db, cancellationToken, () =>
        {
            Outbox.InteractionLogged(db, interaction, mutation.Actor, mutation.Now);
            if (firstResponse)
            {
                Outbox.RequestUpdated(db, request!, ["firstResponseAt"], mutation.Actor, mutation.Now);
            }
        });
        return error is null ? new LogInteractionPayload { InteractionId = interaction.Id } : new LogInteractionPayload { Errors = [error] };
    }

    private static List<InteractionParticipant> ParticipantIds(InputCheck check, IReadOnlyList<ParticipantInput> inputs)
    {
        if (inputs.Count > MaxParticipants)
        {
            check.Fail(ApiErrorCodes.InvalidInput, $"An interaction takes at most {MaxParticipants} participants.", "input.participants");
            return [];
        }

        var participants = new List<InteractionParticipant>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var staffId = check.Id(inputs[i].StaffMemberId, nameof(StaffMember), $"input.participants[{i}].staffMemberId");
            if (participants.Any(p => p.StaffMemberId == staffId))
            {
                check.Fail(ApiErrorCodes.InvalidInput, "A staff member takes part once.", $"input.participants[{i}].staffMemberId");
            }

            participants.Add(new InteractionParticipant { StaffMemberId = staffId, Role = inputs[i].Role, Position = i });
        }

        return participants;
    }
}
