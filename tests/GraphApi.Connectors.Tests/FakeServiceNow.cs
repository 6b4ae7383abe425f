using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Connectors.Tests;

/// <summary>
/// ServiceNow's Table API for incidents, as documented: basic auth, <c>GET</c> and <c>PATCH /api/now/table/incident/{sys_id}</c>
/// with JSON bodies, <c>{ "result": {...} }</c> answers with string values, <c>{ "error": { message, detail }, "status": "failure" }</c>
/// refusals, and the data policies of a stock instance (Resolved and Closed need close_code and close_notes, On Hold a hold_reason).
/// </summary>
public sealed class FakeServiceNow : FakeServer
{
    public const string Username = "graphapi.integration";
    public const string Password = "sn-integration-password";

    private readonly Dictionary<string, Dictionary<string, string>> _incidents = [];
    private readonly List<(string SysId, string State)> _stateChanges = [];

    /// <summary>Every state an incident was moved to, in order of arrival.</summary>
    public IReadOnlyList<(string SysId, string State)> StateChanges
    {
        get
        {
            lock (_incidents)
            {
                return [.. _stateChanges];
            }
        }
    }

    /// <summary>An incident in state New.</summary>
    public void AddIncident(string sysId, string number)
    {
        lock (_incidents)
        {
            _incidents[sysId] = new() { ["sys_id"] = sysId, ["number"] = number, ["state"] = "1", ["short_description"] = number };
        }
    }

    /// <summary>An incident's current field values.</summary>
    public IReadOnlyDictionary<string, string> Incident(string sysId)
    {
        lock (_incidents)
        {
            return new Dictionary<string, string>(_incidents[sysId]);
        }
    }

    protected override void Map(WebApplication app)
    {
        app.MapGet("/api/now/table/incident/{sysId}", (HttpContext context, string sysId) =>
        {
            if (Refusal(context) is { } refused)
            {
                return refused;
            }

            lock (_incidents)
            {
                return _incidents.TryGetValue(sysId, out var incident) ? Results.Json(new { result = Fields(incident, context) }) : NotFound();
            }
        });

        app.MapMethods("/api/now/table/incident/{sysId}", ["PATCH"], async (HttpContext context, string sysId) =>
        {
            if (Refusal(context) is { } refused)
            {
                return refused;
            }

            if (context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
            {
                return Error(StatusCodes.Status415UnsupportedMediaType, "Requested content type is not supported", $"Content-Type {context.Request.ContentType} is not supported");
            }

            Dictionary<string, JsonElement>? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<Dictionary<string, JsonElement>>(context.Request.Body);
            }
            catch (JsonException)
            {
                return Error(StatusCodes.Status400BadRequest, "Exception while reading request", "The payload is not valid JSON.");
            }

            if (NextFault() is { } fault)
            {
                return fault;
            }

            Dictionary<string, string> updated;
            lock (_incidents)
            {
                if (!_incidents.TryGetValue(sysId, out var incident))
                {
                    return NotFound();
                }

                var fields = body!.ToDictionary(p => p.Key, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
                var state = fields.GetValueOrDefault("state", incident["state"]);
                var missing = new List<string>();
                string? Value(string name) => fields.TryGetValue(name, out var sent) ? sent : incident.GetValueOrDefault(name);
                if (state is "6" or "7")
                {
                    missing.AddRange(new[] { ("close_code", "Resolution code"), ("close_notes", "Resolution notes") }.Where(f => string.IsNullOrEmpty(Value(f.Item1))).Select(f => f.Item2));
                }
                else if (state == "3" && string.IsNullOrEmpty(Value("hold_reason")))
                {
                    missing.Add("On hold reason");
                }

                if (missing.Count > 0)
                {
                    return Error(StatusCodes.Status403Forbidden, "Operation Failed", $"Data Policy Exception: \n\tThe following fields are mandatory: {string.Join(", ", missing)}\n");
                }

                foreach (var (name, value) in fields)
                {
                    incident[name] = value;
                }

                if (fields.ContainsKey("state"))
                {
                    _stateChanges.Add((sysId, state));
                }

                updated = Fields(incident, context);
            }

            await AfterChangeAsync(context.RequestAborted);
            return Results.Json(new { result = updated });
        });
    }

    private static Dictionary<string, string> Fields(Dictionary<string, string> incident, HttpContext context)
    {
        var wanted = context.Request.Query["sysparm_fields"].FirstOrDefault()?.Split(',');
        return incident.Where(f => wanted is null || wanted.Contains(f.Key)).ToDictionary();
    }

    private static IResult? Refusal(HttpContext context)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));
        if (context.Request.Headers.Authorization != expected)
        {
            return Error(StatusCodes.Status401Unauthorized, "User Not Authenticated", "Required to provide Auth information");
        }

        return context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal)
            ? null
            : Error(StatusCodes.Status406NotAcceptable, "Requested response content type is not supported", "Send Accept: application/json");
    }

    private static IResult NotFound() => Error(StatusCodes.Status404NotFound, "No Record found", "Record doesn't exist or ACL restricts the record retrieval");

    private static IResult Error(int status, string message, string detail) =>
        Results.Json(new { error = new { message, detail }, status = "failure" }, statusCode: status);
}
