using System.Text.Json;

namespace GraphApi.Connectors;

/// <summary>One <c>requestStatusChanged</c> event as the connector needs it.</summary>
/// <param name="Id">The event's id, for de-duplication.</param>
/// <param name="Cursor">Where to resume after it.</param>
/// <param name="Actor">Who made the change (<c>connector:servicenow-webhook</c> when it came from ServiceNow).</param>
/// <param name="Note">The change's note, if any.</param>
/// <param name="Status">The GraphApi status after (<c>RESOLVED</c>).</param>
/// <param name="RequestNumber">The request's number (<c>REQ-000042</c>).</param>
/// <param name="Targets">What to push: for each linked ServiceNow incident or Jira issue, its state after and before.</param>
public sealed record StatusChange(string Id, string Cursor, string Actor, string? Note, string Status, string? RequestNumber, IReadOnlyList<StatusTarget> Targets)
{
    /// <summary>The subscription (and backfill) selection this record is read from.</summary>
    public const string Selection = """
        id cursor actor note status
        serviceNow: externalStatus(system: SERVICENOW) { code }
        previousServiceNow: previousExternalStatus(system: SERVICENOW) { code }
        jira: externalStatus(system: JIRA) { code }
        previousJira: previousExternalStatus(system: JIRA) { code }
        request { number externalReferences { system externalId } }
        """;

    /// <summary>Reads an event selected with <see cref="Selection"/>.</summary>
    public static StatusChange Parse(JsonElement e)
    {
        var targets = new List<StatusTarget>();
        if (e.TryGetProperty("request", out var request) && request.ValueKind == JsonValueKind.Object)
        {
            foreach (var reference in request.GetProperty("externalReferences").EnumerateArray())
            {
                var system = reference.GetProperty("system").GetString();
                var (state, previous) = system switch
                {
                    "SERVICENOW" => (Code(e, "serviceNow"), Code(e, "previousServiceNow")),
                    "JIRA" => (Code(e, "jira"), Code(e, "previousJira")),
                    _ => (null, null),
                };
                if (state is not null)
                {
                    targets.Add(new StatusTarget(system == "JIRA" ? TargetSystem.Jira : TargetSystem.ServiceNow, reference.GetProperty("externalId").GetString()!, state, previous));
                }
            }
        }

        return new StatusChange(
            e.GetProperty("id").GetString()!,
            e.GetProperty("cursor").GetString()!,
            e.GetProperty("actor").GetString()!,
            e.TryGetProperty("note", out var note) ? note.GetString() : null,
            e.GetProperty("status").GetString()!,
            request.ValueKind == JsonValueKind.Object ? request.GetProperty("number").GetString() : null,
            targets);
    }

    private static string? Code(JsonElement e, string field) =>
        e.TryGetProperty(field, out var status) && status.ValueKind == JsonValueKind.Object ? status.GetProperty("code").GetString() : null;
}
