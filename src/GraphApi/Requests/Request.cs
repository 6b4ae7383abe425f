using GraphApi.Api;
using GraphApi.Customers;
using GraphApi.Expectations;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Integrations;
using GraphApi.Interactions;
using GraphApi.Retrospectives;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Requests;

/// <summary>A customer request, with its business impact in the customer's words, the why behind it and the decision taken.</summary>
[GraphQLDescription("A customer request: the business impact in the customer's words, the why behind it, the decision taken and where it stands.")]
public sealed class Request : INode
{
    [GlobalId]
    public int Id { get; set; }

    string INode.Id => GlobalId.Encode(nameof(Request), Id);

    /// <summary>Human number, <c>REQ-000123</c>.</summary>
    [GraphQLDescription("The human number, such as `REQ-000123`.")]
    public required string Number { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    [GraphQLDescription("The business impact in the customer's words: \"the SEC filing is due Friday\".")]
    public string? BusinessImpact { get; set; }
    public RequestPriority Priority { get; set; } = RequestPriority.Medium;
    public RequestStatus Status { get; set; } = RequestStatus.New;
    [GraphQLIgnore]
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }
    [GraphQLIgnore]
    public int? OwnerId { get; set; }
    [GraphQLDescription("The staff member who owns the request.")]
    public StaffMember? Owner { get; set; }
    [GraphQLDescription("The why behind the request: the need under the ask.")]
    public string? Why { get; set; }
    public RequestDecision? Decision { get; set; }

    [StaffOnly(WhenTrue = nameof(DecisionRationaleInternal))]
    [ProjectProperties(nameof(DecisionRationaleInternal))]
    [GraphQLDescription("Why it was decided so; null for a customer key when the rationale is internal to IT.")]
    public string? DecisionRationale { get; set; }
    [GraphQLIgnore]
    public int? DecidedById { get; set; }
    public StaffMember? DecidedBy { get; set; }
    [GraphQLDescription("Where the answer already exists, when it does (an education opportunity).")]
    public string? KnowledgeLink { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FirstResponseAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>Optimistic concurrency: incremented by every change.</summary>
    [GraphQLDescription("Incremented by every change; pass it as `expectedVersion` to change the request only if nobody else did first.")]
    public int Version { get; set; } = 1;

    [GraphQLDescription("When the decision was taken.")]
    public DateTime? DecidedAt { get; set; }

    [StaffOnly]
    [GraphQLDescription("Whether the decision rationale is internal to IT (customer keys read it as null). Staff only.")]
    public bool DecisionRationaleInternal { get; set; }

    // Navigation lists are made on first read: queries project thousands of entities that never read most of them.
    [UsePaging(MaxPageSize = 100)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("The interactions about this request, oldest first unless `order` says otherwise.")]
    public List<Interaction> Interactions { get => field ??= []; set; }

    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("The expectations set with the customer for this request.")]
    public List<Expectation> Expectations { get => field ??= []; set; }

    [UsePaging(MaxPageSize = 100)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("The retrospectives held about this request, oldest first unless `order` says otherwise.")]
    public List<Retrospective> Retrospectives { get => field ??= []; set; }

    [GraphQLDescription("Its counterparts in ServiceNow or Jira.")]
    public List<ExternalReference> ExternalReferences { get => field ??= []; set; }

    [ProjectProperties(nameof(Status))]
    [GraphQLDescription("The status as ServiceNow (incident state) or Jira (status category) spell it; null for OTHER.")]
    public ExternalStatus? GetExternalStatus(ExternalSystem system) => ExternalStatusMapping.Map(Status, system);

    public static string FormatNumber(int sequence) => $"REQ-{sequence:D6}";

    /// <summary>Moves the request along its life cycle; null on success, <c>INVALID_TRANSITION</c> otherwise (nothing changes).</summary>
    [GraphQLIgnore]
    public DomainError? ChangeStatus(RequestStatus to, DateTime now)
    {
        if (RequestStatusTransitions.Check(Status, to) is { } error)
        {
            return error;
        }

        if (Status == RequestStatus.Resolved && to == RequestStatus.InProgress)
        {
            ResolvedAt = null;
        }

        Status = to;
        if (to == RequestStatus.Resolved)
        {
            ResolvedAt = now;
        }
        else if (to is RequestStatus.Closed or RequestStatus.Declined)
        {
            ClosedAt = now;
        }

        Version++;
        return null;
    }
}

internal sealed class RequestConfiguration : IEntityTypeConfiguration<Request>
{
    public void Configure(EntityTypeBuilder<Request> builder)
    {
        builder.ToTable("Requests");
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => r.Status);
        builder.Property(r => r.Priority).HasConversion<string>();
        builder.Property(r => r.Status).HasConversion<string>();
        builder.Property(r => r.Decision).HasConversion<string>();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Customer).WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Owner).WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.DecidedBy).WithMany().HasForeignKey(r => r.DecidedById).OnDelete(DeleteBehavior.SetNull);
    }
}
