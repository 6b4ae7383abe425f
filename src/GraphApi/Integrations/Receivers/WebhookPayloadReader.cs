using System.Text.Json;

namespace GraphApi.Integrations.Receivers;

/// <summary>Reads fields of a webhook body by dotted path, collecting every problem so that one 400 names them all.</summary>
public sealed class WebhookPayloadReader(JsonElement root)
{
    private readonly List<WebhookError> _errors = [];

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<WebhookError> Errors => _errors;

    /// <summary>Records a problem with <paramref name="path"/>.</summary>
    public void Fail(string code, string message, string path) => _errors.Add(new WebhookError(code, message, path));

    /// <summary>The element at <paramref name="path"/>; null when absent or JSON null.</summary>
    public JsonElement? Element(string path)
    {
        var element = root;
        foreach (var part in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.Null ? null : element;
    }

    /// <summary>
    /// A text field: a string, a number (ServiceNow sends states either way), or ServiceNow's <c>{ "value": ..., "display_value": ... }</c>
    /// reference form (its <c>value</c>); blank counts as absent.
    /// </summary>
    public string? Text(string path, bool required = false)
    {
        var element = Element(path);
        if (element is { ValueKind: JsonValueKind.Object } reference && reference.TryGetProperty("value", out var value))
        {
            element = value;
        }

        string? text = element switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
            _ => Invalid(path, "a string"),
        };
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (text is null && required && !_errors.Any(e => e.Field == path))
        {
            Fail(WebhookErrorCodes.InvalidPayload, $"'{path}' is required.", path);
        }

        return text;
    }

    /// <summary>A whole number; null when absent.</summary>
    public long? Number(string path)
    {
        var element = Element(path);
        if (element is null)
        {
            return null;
        }

        if (element.Value.ValueKind == JsonValueKind.Number && element.Value.TryGetInt64(out var number))
        {
            return number;
        }

        Invalid(path, "a whole number");
        return null;
    }

    private string? Invalid(string path, string expected)
    {
        Fail(WebhookErrorCodes.InvalidPayload, $"'{path}' must be {expected}.", path);
        return null;
    }
}
