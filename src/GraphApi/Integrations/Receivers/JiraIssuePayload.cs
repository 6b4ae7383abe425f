using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphApi.Requests;

namespace GraphApi.Integrations.Receivers;

/// <summary>
/// Jira's <c>jira:issue_created</c> and <c>jira:issue_updated</c> webhook body: <c>timestamp</c>, <c>webhookEvent</c>,
/// <c>issue { key self fields { summary description status { statusCategory { key } } priority { name } reporter } }</c>
/// and, for updates, <c>changelog { items [{ field fromString toString }] }</c>.
/// </summary>
public static partial class JiraIssuePayload
{
    /// <summary>The events the receiver applies.</summary>
    public static readonly IReadOnlySet<string> SupportedEvents = new HashSet<string> { "jira:issue_created", "jira:issue_updated" };

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["input.externalId"] = "issue.key",
        ["input.displayKey"] = "issue.key",
        ["input.title"] = "issue.fields.summary",
        ["input.description"] = "issue.fields.description",
        ["input.status"] = "issue.fields.status.statusCategory.key",
        ["input.customerId"] = "issue.fields.reporter",
        ["input.url"] = "issue.self",
    };

    // Jira's default priority scheme; other names leave the priority as it is.
    private static readonly Dictionary<string, RequestPriority> Priorities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Highest"] = RequestPriority.Critical,
        ["High"] = RequestPriority.High,
        ["Medium"] = RequestPriority.Medium,
        ["Low"] = RequestPriority.Low,
        ["Lowest"] = RequestPriority.Low,
    };

    /// <summary>When Jira sent the event (its <c>timestamp</c>, milliseconds since the epoch); null when absent or malformed.</summary>
    public static DateTimeOffset? Timestamp(WebhookPayloadReader reader) =>
        reader.Number("timestamp") is { } milliseconds && milliseconds is > 0 and < 253_402_300_799_999 ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;

    /// <summary>The issue as an update; null (and errors in <paramref name="reader"/>) when the payload is not one.</summary>
    public static ExternalRecordUpdate? Parse(JsonElement root, WebhookPayloadReader reader)
    {
        var webhookEvent = reader.Text("webhookEvent", required: true);
        if (webhookEvent is not null && !SupportedEvents.Contains(webhookEvent))
        {
            reader.Fail(WebhookErrorCodes.UnsupportedEvent, $"'webhookEvent' {webhookEvent} is not applied here; register the webhook for {string.Join(" and ", SupportedEvents)} only.", "webhookEvent");
        }

        if (reader.Element("issue") is not { ValueKind: JsonValueKind.Object })
        {
            reader.Fail(WebhookErrorCodes.InvalidPayload, "'issue' is required: an object with the issue's key and fields.", "issue");
            return null;
        }

        var key = reader.Text("issue.key", required: true);
        if (key is not null && !IssueKey().IsMatch(key))
        {
            reader.Fail(WebhookErrorCodes.InvalidPayload, $"'issue.key' must be a Jira issue key such as ITSM-42, not '{key}'.", "issue.key");
        }

        var category = reader.Text("issue.fields.status.statusCategory.key", required: true);
        var known = Enum.GetValues<RequestStatus>().Select(s => ExternalStatusMapping.Map(s, ExternalSystem.Jira)!.Code).Distinct().ToList();
        if (category is not null && !known.Contains(category))
        {
            reader.Fail(WebhookErrorCodes.UnknownState, $"'issue.fields.status.statusCategory.key' {category} is no status category GraphApi maps; it knows {string.Join(", ", known)}.", "issue.fields.status.statusCategory.key");
        }

        var statusChanged = webhookEvent == "jira:issue_created" || StatusChanged(reader);
        var description = Description(reader);
        var priority = reader.Text("issue.fields.priority.name") is { } name && Priorities.TryGetValue(name, out var p) ? p : (RequestPriority?)null;
        var timestamp = Timestamp(reader);
        if (reader.Errors.Count > 0 || key is null)
        {
            return null;
        }

        return new ExternalRecordUpdate
        {
            System = ExternalSystem.Jira,
            ExternalId = key,
            DisplayKey = key,
            Url = BrowseUrl(reader.Text("issue.self"), key),
            Title = reader.Text("issue.fields.summary"),
            Description = description,
            Priority = priority,
            StateCode = statusChanged ? category : null,
            CallerEmail = reader.Text("issue.fields.reporter.emailAddress"),
            UpdatedAt = timestamp,
            FieldNames = FieldNames,
        };
    }

    // An update moves the status only when its changelog says the status changed; without a changelog, take the status as sent.
    private static bool StatusChanged(WebhookPayloadReader reader)
    {
        if (reader.Element("changelog.items") is not { } items)
        {
            return true;
        }

        if (items.ValueKind != JsonValueKind.Array)
        {
            reader.Fail(WebhookErrorCodes.InvalidPayload, "'changelog.items' must be an array of changes.", "changelog.items");
            return false;
        }

        return items.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.Object
            && ((item.TryGetProperty("fieldId", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == "status")
                || (item.TryGetProperty("field", out var field) && field.ValueKind == JsonValueKind.String && field.GetString() == "status")));
    }

    // Webhooks send the description as text; REST v3 shapes (Atlassian Document Format) are flattened to their text.
    private static string? Description(WebhookPayloadReader reader)
    {
        if (reader.Element("issue.fields.description") is not { ValueKind: JsonValueKind.Object } document)
        {
            return reader.Text("issue.fields.description");
        }

        var text = new StringBuilder();
        AppendText(document, text);
        return text.Length == 0 ? null : text.ToString().Trim();
    }

    private static void AppendText(JsonElement node, StringBuilder text)
    {
        if (node.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String)
        {
            text.Append(value.GetString());
        }

        if (node.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in content.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object))
            {
                AppendText(child, text);
            }

            if (node.TryGetProperty("type", out var type) && type.GetString() is "paragraph" or "heading" or "listItem")
            {
                text.Append('\n');
            }
        }
    }

    // issue.self is the REST address (https://site.atlassian.net/rest/api/2/issue/10002); people open /browse/KEY.
    private static string? BrowseUrl(string? self, string key)
    {
        if (self is null || !Uri.TryCreate(self, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        var rest = path.IndexOf("/rest/", StringComparison.Ordinal);
        var basePath = rest >= 0 ? path[..rest] : string.Empty;
        return $"{uri.GetLeftPart(UriPartial.Authority)}{basePath}/browse/{key}";
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*-[0-9]+$")]
    private static partial Regex IssueKey();
}
