using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GraphApi.Connectors;

/// <summary>
/// Moves a Jira issue into a status category with the REST API v3: reads the issue's status, and unless it is in that category
/// already, <c>GET /rest/api/3/issue/{key}/transitions</c> and <c>POST</c> the first transition whose target status is in it.
/// Jira's categories are coarser than GraphApi's statuses, so many changes need no transition.
/// </summary>
public sealed class JiraIssuePusher(IHttpClientFactory httpClients, RetryingSender sender, IOptions<ConnectorOptions> options, ILogger<JiraIssuePusher> logger) : IStatusPusher
{
    private JiraOptions Jira => options.Value.Jira;

    public TargetSystem System => TargetSystem.Jira;

    public bool Configured => Jira.BaseUrl is not null;

    // Workflows differ per project, so the issue's own status is the truth: reading it each time also makes a repeated push harmless.
    public async Task PushAsync(StatusChange change, StatusTarget target, bool verify, CancellationToken cancellationToken)
    {
        using var client = httpClients.CreateClient(nameof(JiraIssuePusher));
        var issue = new Uri(Jira.BaseUrl!, $"/rest/api/3/issue/{Uri.EscapeDataString(target.ExternalId)}");
        using (var current = await sender.SendAsync(client, () => Request(HttpMethod.Get, new Uri(issue + "?fields=status"), null), cancellationToken))
        {
            using var document = JsonDocument.Parse(await current.Content.ReadAsStreamAsync(cancellationToken));
            if (document.RootElement.GetProperty("fields").GetProperty("status").GetProperty("statusCategory").GetProperty("key").GetString() == target.State)
            {
                logger.LogInformation("Issue {Key} is in category {Category} already (event {EventId})", target.ExternalId, target.State, change.Id);
                return;
            }
        }

        var transitionsAddress = new Uri(issue + "/transitions");
        string transitionId;
        using (var transitions = await sender.SendAsync(client, () => Request(HttpMethod.Get, transitionsAddress, null), cancellationToken))
        {
            using var document = JsonDocument.Parse(await transitions.Content.ReadAsStreamAsync(cancellationToken));
            var available = document.RootElement.GetProperty("transitions").EnumerateArray().ToList();
            var match = available.FirstOrDefault(t => t.GetProperty("to").GetProperty("statusCategory").GetProperty("key").GetString() == target.State);
            if (match.ValueKind != JsonValueKind.Object)
            {
                throw new PermanentPushException($"Issue {target.ExternalId} has no transition into a '{target.State}' status; its workflow offers {string.Join(", ", available.Select(t => $"'{t.GetProperty("name").GetString()}'"))}.");
            }

            transitionId = match.GetProperty("id").GetString()!;
        }

        using var moved = await sender.SendAsync(client, () => Request(HttpMethod.Post, transitionsAddress, JsonContent.Create(new { transition = new { id = transitionId } })), cancellationToken);
        logger.LogInformation("Issue {Key} moved by transition {Transition} into {Category} for event {EventId}", target.ExternalId, transitionId, target.State, change.Id);
    }

    private HttpRequestMessage Request(HttpMethod method, Uri address, HttpContent? content) => BasicAuthJsonRequest.Create(method, address, content, Jira.Email, Jira.ApiToken);
}
