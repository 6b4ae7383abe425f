using GraphApi.Requests;

namespace GraphApi.Integrations.Receivers;

/// <summary>What a ServiceNow or Jira delivery says about its record, in GraphApi's terms, before it is applied.</summary>
public sealed class ExternalRecordUpdate
{
    public required ExternalSystem System { get; init; }

    /// <summary>The ServiceNow sys_id or Jira issue key.</summary>
    public required string ExternalId { get; init; }

    /// <summary>The incident number or the issue key, as people read it.</summary>
    public string? DisplayKey { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public RequestPriority? Priority { get; init; }

    /// <summary>The incident state number or status category key; null when the delivery does not change the status.</summary>
    public string? StateCode { get; init; }

    /// <summary>The caller's or reporter's email, matched to a customer when the record is new.</summary>
    public string? CallerEmail { get; init; }

    /// <summary>When the sender last changed the record, if it said.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Payload field names of the upsert's input fields, so that refusals name what the sender sent.</summary>
    public required IReadOnlyDictionary<string, string> FieldNames { get; init; }
}
