using GraphApi.Api;
using GraphApi.Expectations;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Integrations;
using GraphApi.Interactions;
using GraphApi.Requests;
using GraphApi.Retrospectives;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Events;

/// <summary>What happened; connectors subscribe to these.</summary>
[GraphQLDescription("What happened.")]
public enum EventType
{
    [GraphQLDescription("A request was raised (by a customer, staff, or a connector's upsert); `status` is its status.")]
    RequestCreated,
    [GraphQLDescription("A request's details changed; `changedFields` names them.")]
    RequestUpdated,
    [GraphQLDescription("A decision was taken on a request; `changedFields` names what it changed. Accepting a NEW request also triages it, declining declines it (each with its REQUEST_STATUS_CHANGED).")]
    RequestDecided,
    RequestStatusChanged,
    [GraphQLDescription("An expectation was set (`previousStatus` null), renegotiated or changed status.")]
    ExpectationStatusChanged,
    InteractionLogged,
    RetrospectiveRecorded,
    ActionItemAdded,
    ActionItemCompleted,
    ExternalReferenceLinked,
    [GraphQLDescription("A linked external reference's display key or URL changed; `changedFields` names them.")]
    ExternalReferenceUpdated,
    ExpectationAtRisk,
    StatusUpdateDue,
}

/// <summary>
/// An outbox row: written in the same transaction as the change it records, so there is no committed change
/// without its event and no event without its change. <see cref="Sequence"/> orders them.
/// </summary>
[GraphQLName("Event")]
[GraphQLDescription("A change, as connectors receive it: de-duplicate on `id`, resume after `cursor`.")]
public sealed class DomainEvent
{
    /// <summary>Monotonically increasing, assigned by the database on insert.</summary>
    [GraphQLIgnore]
    public long Sequence { get; set; }

    /// <summary>Stable id, for subscribers' de-duplication.</summary>
    [GraphQLDescription("Stable and unique: de-duplicate on it.")]
    public Guid Id { get; set; } = Guid.NewGuid();
    public EventType Type { get; set; }

    /// <summary>The GraphQL type name of the entity the event is about (<c>Request</c>, <c>Expectation</c>, ...).</summary>
    [GraphQLDescription("The type of the object the event is about: Request, Expectation, Interaction, Retrospective, ActionItem or ExternalReference.")]
    public required string EntityType { get; set; }

    [GraphQLIgnore]
    public int EntityId { get; set; }

    /// <summary>The request the event belongs to, when there is one: delivery is ordered per request.</summary>
    [GraphQLIgnore]
    public int? RequestId { get; set; }

    /// <summary>The customer whose data it is: a customer key only receives its own.</summary>
    [GraphQLIgnore]
    public int? CustomerId { get; set; }

    /// <summary>The status before, as the GraphQL enum value (<c>IN_PROGRESS</c>).</summary>
    [GraphQLDescription("The status before (a RequestStatus or ExpectationStatus value), for status changes.")]
    public string? PreviousStatus { get; set; }

    /// <summary>The status after, as the GraphQL enum value.</summary>
    [GraphQLDescription("The status after (a RequestStatus or ExpectationStatus value).")]
    public string? Status { get; set; }

    /// <summary>The API key (or background service) that made the change.</summary>
    [GraphQLDescription("Who made the change: the staff member's global id for a key bound to one (`keys create --staff`), otherwise `role:key-name`, or `system:expectation-monitor`.")]
    public required string Actor { get; set; }
    public DateTime OccurredAt { get; set; }
    public string? Note { get; set; }

    [GraphQLDescription("For a request status change: `status` as ServiceNow (incident state) or Jira (status category) spell it, what a connector pushes.")]
    public ExternalStatus? GetExternalStatus(ExternalSystem system) => Type == EventType.RequestStatusChanged ? ExternalStatusMapping.MapName(Status, system) : null;

    [GraphQLDescription("For a request status change: `previousStatus` as ServiceNow or Jira spell it; equal to `externalStatus` when the other system sees no change.")]
    public ExternalStatus? GetPreviousExternalStatus(ExternalSystem system) => Type == EventType.RequestStatusChanged ? ExternalStatusMapping.MapName(PreviousStatus, system) : null;

    /// <summary>The GraphQL names of the fields a change set, comma-separated (<c>title,priority</c>); null when it names none.</summary>
    [GraphQLIgnore]
    public string? ChangedFieldNames { get; set; }

    [GraphQLDescription("For updates and decisions: the fields of the object that changed, by their GraphQL names (`title`, `priority`); empty otherwise. Fields internal to IT are left out for customer keys.")]
    public IReadOnlyList<string> GetChangedFields(Caller caller) => ChangedFieldNames is null
        ? []
        : [.. ChangedFieldNames.Split(',').Where(field => caller.Role != ApiKeyRole.Customer || !StaffOnlyFields.Contains(EntityType, field))];

    [GraphQLDescription("The staff member who made the change, when the key was bound to one.")]
    public Task<StaffMember?> GetActorStaffMember(IResolverContext context, EventEntityLoader loader) =>
        loader.LoadAsync<StaffMember>(GlobalId.TryDecode(Actor, nameof(StaffMember), out var id) ? id : null, context);

    [GraphQLDescription("Opaque and ordered: pass it as `after` to resume after this event.")]
    public string GetCursor() => EventCursor.Encode(Sequence);

    [ID]
    [GraphQLDescription("The global id of the object the event is about.")]
    public string GetEntityId() => GlobalId.Encode(EntityType, EntityId);

    [GraphQLDescription("The request the event belongs to, as it is now; null for a retrospective without one.")]
    public Task<Request?> GetRequest(IResolverContext context, EventEntityLoader loader) => loader.LoadAsync<Request>(RequestId, context);

    [GraphQLDescription("The expectation, for expectation events.")]
    public Task<Expectation?> GetExpectation(IResolverContext context, EventEntityLoader loader) =>
        loader.LoadAsync<Expectation>(EntityType == nameof(Expectation) ? EntityId : null, context);

    [GraphQLDescription("The interaction, for INTERACTION_LOGGED.")]
    public Task<Interaction?> GetInteraction(IResolverContext context, EventEntityLoader loader) =>
        loader.LoadAsync<Interaction>(EntityType == nameof(Interaction) ? EntityId : null, context);

    [GraphQLDescription("The retrospective, for RETROSPECTIVE_RECORDED.")]
    public Task<Retrospective?> GetRetrospective(IResolverContext context, EventEntityLoader loader) =>
        loader.LoadAsync<Retrospective>(EntityType == nameof(Retrospective) ? EntityId : null, context);

    [GraphQLDescription("The action item, for ACTION_ITEM_ADDED and ACTION_ITEM_COMPLETED.")]
    public Task<ActionItem?> GetActionItem(IResolverContext context, EventEntityLoader loader) =>
        loader.LoadAsync<ActionItem>(EntityType == nameof(ActionItem) ? EntityId : null, context);

    [GraphQLDescription("The external reference, for EXTERNAL_REFERENCE_LINKED and EXTERNAL_REFERENCE_UPDATED.")]
    public Task<ExternalReference?> GetExternalReference(IResolverContext context, EventEntityLoader loader) =>
        loader.LoadAsync<ExternalReference>(EntityType == nameof(ExternalReference) ? EntityId : null, context);
}

internal sealed class DomainEventConfiguration : IEntityTypeConfiguration<DomainEvent>
{
    public void Configure(EntityTypeBuilder<DomainEvent> builder)
    {
        builder.ToTable("Events");
        builder.HasKey(e => e.Sequence);
        builder.HasIndex(e => e.Id).IsUnique();
        builder.HasIndex(e => new { e.RequestId, e.Sequence });
        builder.Property(e => e.Type).HasConversion<string>();
    }
}
