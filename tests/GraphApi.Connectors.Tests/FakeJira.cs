using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Connectors.Tests;

/// <summary>
/// Jira Cloud's REST API v3 for issue status, as documented: basic auth with email and API token, <c>GET /rest/api/3/issue/{key}</c>,
/// <c>GET /rest/api/3/issue/{key}/transitions</c> (the transitions out of the current status, each with its target status and category)
/// and <c>POST</c> of <c>{ "transition": { "id" } }</c> answered 204, refusals as <c>{ "errorMessages": [...], "errors": {} }</c>.
/// The workflow is Jira's simplified one: To Do, In Progress and Done, each reachable from the others.
/// </summary>
public sealed class FakeJira : FakeServer
{
    public const string Email = "graphapi@example.com";
    public const string ApiToken = "jira-api-token";

    private static readonly (string Id, string Name, string StatusId, string StatusName, int CategoryId, string Category, string CategoryName)[] Workflow =
    [
        ("11", "To Do", "10000", "To Do", 2, "new", "To Do"),
        ("21", "In Progress", "3", "In Progress", 4, "indeterminate", "In Progress"),
        ("31", "Done", "10001", "Done", 3, "done", "Done"),
    ];

    private readonly Dictionary<string, string> _issueStatus = [];
    private readonly List<(string Key, string Category)> _transitions = [];

    /// <summary>Every category an issue was moved into, in order of arrival.</summary>
    public IReadOnlyList<(string Key, string Category)> Transitions
    {
        get
        {
            lock (_issueStatus)
            {
                return [.. _transitions];
            }
        }
    }

    /// <summary>An issue in To Do.</summary>
    public void AddIssue(string key)
    {
        lock (_issueStatus)
        {
            _issueStatus[key] = "10000";
        }
    }

    protected override void Map(WebApplication app)
    {
        app.MapGet("/rest/api/3/issue/{key}", (HttpContext context, string key) =>
        {
            if (Refusal(context) is { } refused)
            {
                return refused;
            }

            lock (_issueStatus)
            {
                return _issueStatus.TryGetValue(key, out var status)
                    ? Results.Json(new { id = key.GetHashCode(StringComparison.Ordinal).ToString(System.Globalization.CultureInfo.InvariantCulture), key, self = $"{BaseAddress}rest/api/3/issue/{key}", fields = new { status = Status(status) } })
                    : NoIssue();
            }
        });

        app.MapGet("/rest/api/3/issue/{key}/transitions", (HttpContext context, string key) =>
        {
            if (Refusal(context) is { } refused)
            {
                return refused;
            }

            lock (_issueStatus)
            {
                if (!_issueStatus.TryGetValue(key, out var status))
                {
                    return NoIssue();
                }

                return Results.Json(new
                {
                    expand = "transitions",
                    transitions = Workflow.Where(t => t.StatusId != status).Select(t => new { id = t.Id, name = t.Name, to = Status(t.StatusId), hasScreen = false, isGlobal = true, isInitial = false, isAvailable = true, isConditional = false, isLooped = false }),
                });
            }
        });

        app.MapPost("/rest/api/3/issue/{key}/transitions", async (HttpContext context, string key) =>
        {
            if (Refusal(context) is { } refused)
            {
                return refused;
            }

            string? id;
            try
            {
                using var body = await JsonDocument.ParseAsync(context.Request.Body);
                id = body.RootElement.GetProperty("transition").GetProperty("id").GetString();
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return Errors(StatusCodes.Status400BadRequest, "Can not deserialize the request: a transition with an id is required.");
            }

            if (NextFault() is { } fault)
            {
                return fault;
            }

            lock (_issueStatus)
            {
                if (!_issueStatus.TryGetValue(key, out var status))
                {
                    return NoIssue();
                }

                var transition = Workflow.FirstOrDefault(t => t.Id == id && t.StatusId != status);
                if (transition.Id is null)
                {
                    return Errors(StatusCodes.Status400BadRequest, $"Transition id '{id}' is not valid for this issue.");
                }

                _issueStatus[key] = transition.StatusId;
                _transitions.Add((key, transition.Category));
            }

            await AfterChangeAsync(context.RequestAborted);
            return Results.NoContent();
        });
    }

    private static object Status(string statusId)
    {
        var s = Workflow.Single(t => t.StatusId == statusId);
        return new { id = s.StatusId, name = s.StatusName, statusCategory = new { id = s.CategoryId, key = s.Category, name = s.CategoryName } };
    }

    private static IResult? Refusal(HttpContext context)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}:{ApiToken}"));
        return context.Request.Headers.Authorization == expected ? null : Errors(StatusCodes.Status401Unauthorized, "Client must be authenticated to access this resource.");
    }

    private static IResult NoIssue() => Errors(StatusCodes.Status404NotFound, "Issue does not exist or you do not have permission to see it.");

    private static IResult Errors(int status, string message) => Results.Json(new { errorMessages = new[] { message }, errors = new { } }, statusCode: status);
}
