using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphApi.Requests;

namespace GraphApi.Integrations.Receivers;

/// <summary>
/// What a ServiceNow business rule or flow posts for an incident: the incident's fields by their column names
/// (<c>sys_id</c>, <c>number</c>, <c>state</c>, <c>short_description</c>, <c>description</c>, <c>priority</c>,
/// <c>impact</c>, <c>urgency</c>, <c>caller_id</c>, <c>sys_updated_on</c>), each as a plain value or as the Table API's
/// <c>{ "value", "display_value" }</c> pair.
/// </summary>
public static partial class ServiceNowIncidentPayload
{
    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["input.externalId"] = "sys_id",
        ["input.displayKey"] = "number",
        ["input.title"] = "short_description",
        ["input.description"] = "description",
        ["input.status"] = "state",
        ["input.customerId"] = "caller_id",
    };

    /// <summary>The incident as an update; null (and errors in <paramref name="reader"/>) when the payload is not one.</summary>
    public static ExternalRecordUpdate? Parse(JsonElement root, WebhookPayloadReader reader)
    {
        var sysId = reader.Text("sys_id", required: true);
        if (sysId is not null && !SysId().IsMatch(sysId))
        {
            reader.Fail(WebhookErrorCodes.InvalidPayload, $"'sys_id' must be a ServiceNow sys_id (32 hexadecimal characters), not '{sysId}'.", "sys_id");
        }

        var state = State(reader);
        var priority = Priority(reader);
        var updatedAt = UpdatedOn(reader);
        var caller = CallerEmail(reader);
        if (reader.Errors.Count > 0 || sysId is null)
        {
            return null;
        }

        return new ExternalRecordUpdate
        {
            System = ExternalSystem.ServiceNow,
            ExternalId = sysId.ToLowerInvariant(),
            DisplayKey = reader.Text("number"),
            Title = reader.Text("short_description"),
            Description = reader.Text("description"),
            Priority = priority,
            StateCode = state,
            CallerEmail = caller,
            UpdatedAt = updatedAt,
            FieldNames = FieldNames,
        };
    }

    // The state's number (6) or its display name (Resolved), as the status mapping spells them.
    private static string? State(WebhookPayloadReader reader)
    {
        var state = reader.Text("state", required: true);
        if (state is null)
        {
            return null;
        }

        var known = Enum.GetValues<RequestStatus>().Select(s => ExternalStatusMapping.Map(s, ExternalSystem.ServiceNow)!).DistinctBy(s => s.Code).ToList();
        var match = known.FirstOrDefault(s => s.Code == state || string.Equals(s.Name, state, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            reader.Fail(WebhookErrorCodes.UnknownState, $"'state' {state} is no incident state GraphApi maps; it knows {string.Join(", ", known.Select(s => $"{s.Code} ({s.Name})"))}.", "state");
        }

        return match?.Code;
    }

    // ServiceNow's priority (1 Critical .. 5 Planning), or the default matrix's impact + urgency - 1 when only those are sent.
    private static RequestPriority? Priority(WebhookPayloadReader reader)
    {
        var priority = Level(reader, "priority", 5);
        var impact = Level(reader, "impact", 3);
        var urgency = Level(reader, "urgency", 3);
        var level = priority ?? (impact is { } i && urgency is { } u ? i + u - 1 : null);
        return level switch
        {
            1 => RequestPriority.Critical,
            2 => RequestPriority.High,
            3 => RequestPriority.Medium,
            4 or 5 => RequestPriority.Low,
            _ => null,
        };
    }

    // "2" or "2 - High": the leading number, within 1..max.
    private static int? Level(WebhookPayloadReader reader, string field, int max)
    {
        var text = reader.Text(field);
        if (text is null)
        {
            return null;
        }

        var digits = text.Split(' ', 2)[0];
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level >= 1 && level <= max)
        {
            return level;
        }

        reader.Fail(WebhookErrorCodes.InvalidPayload, $"'{field}' must be a number from 1 to {max} (as ServiceNow sends it: \"2\" or \"2 - High\"), not '{text}'.", field);
        return null;
    }

    // caller_id (or caller) as an email, or a reference object carrying one; a bare sys_id names no customer here.
    private static string? CallerEmail(WebhookPayloadReader reader)
    {
        foreach (var field in new[] { "caller_id", "caller" })
        {
            var email = reader.Element(field) is { ValueKind: JsonValueKind.Object } reference
                ? reader.Text($"{field}.email") ?? reader.Text($"{field}.display_value")
                : reader.Text(field);
            if (email?.Contains('@', StringComparison.Ordinal) == true)
            {
                return email;
            }
        }

        return null;
    }

    // The Table API's "yyyy-MM-dd HH:mm:ss", in UTC (or ISO 8601 from a flow).
    private static DateTimeOffset? UpdatedOn(WebhookPayloadReader reader)
    {
        var text = reader.Text("sys_updated_on");
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var updated)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out updated))
        {
            return updated;
        }

        reader.Fail(WebhookErrorCodes.InvalidPayload, $"'sys_updated_on' must be a date and time (\"2026-12-02 15:04:05\", UTC), not '{text}'.", "sys_updated_on");
        return null;
    }

    [GeneratedRegex("^[0-9a-fA-F]{32}$")]
    private static partial Regex SysId();
}
