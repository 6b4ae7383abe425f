using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GraphApi.Connectors;

/// <summary>
/// Sets an incident's state with ServiceNow's Table API: <c>PATCH /api/now/table/incident/{sys_id}</c> with basic auth and a JSON
/// body, adding what ServiceNow requires with some states (resolution code and notes for Resolved and Closed, an on-hold reason)
/// and a work note saying where the change came from.
/// </summary>
public sealed class ServiceNowIncidentPusher(IHttpClientFactory httpClients, RetryingSender sender, IOptions<ConnectorOptions> options, ILogger<ServiceNowIncidentPusher> logger) : IStatusPusher
{
    private ServiceNowOptions ServiceNow => options.Value.ServiceNow;

    public TargetSystem System => TargetSystem.ServiceNow;

    public bool Configured => ServiceNow.InstanceUrl is not null;

    public async Task PushAsync(StatusChange change, StatusTarget target, bool verify, CancellationToken cancellationToken)
    {
        using var client = httpClients.CreateClient(nameof(ServiceNowIncidentPusher));
        var address = new Uri(ServiceNow.InstanceUrl!, $"/api/now/table/incident/{Uri.EscapeDataString(target.ExternalId)}");
        if (verify && await CurrentStateAsync(client, address, cancellationToken) == target.State)
        {
            logger.LogInformation("Incident {SysId} is already in state {State}; event {EventId} was pushed before the last stop", target.ExternalId, target.State, change.Id);
            return;
        }

        var fields = new Dictionary<string, string>
        {
            ["state"] = target.State,
            ["work_notes"] = $"GraphApi {change.RequestNumber}: {change.Status} ({change.Actor}){(change.Note is null ? "" : $": {change.Note}")}",
        };
        if (target.State is "6" or "7")
        {
            fields["close_code"] = ServiceNow.ResolutionCode;
            fields["close_notes"] = change.Note ?? $"Resolved in GraphApi ({change.RequestNumber}).";
        }
        else if (target.State == "3")
        {
            fields["hold_reason"] = ServiceNow.HoldReason;
        }

        using var response = await sender.SendAsync(client, () => Request(HttpMethod.Patch, new Uri(address + "?sysparm_exclude_ref_link=true&sysparm_fields=sys_id,number,state"), JsonContent.Create(fields)), cancellationToken);
        logger.LogInformation("Incident {SysId} set to state {State} for event {EventId}", target.ExternalId, target.State, change.Id);
    }

    private async Task<string?> CurrentStateAsync(HttpClient client, Uri address, CancellationToken cancellationToken)
    {
        using var response = await sender.SendAsync(client, () => Request(HttpMethod.Get, new Uri(address + "?sysparm_fields=state"), null), cancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return document.RootElement.GetProperty("result").GetProperty("state").GetString();
    }

    private HttpRequestMessage Request(HttpMethod method, Uri address, HttpContent? content) => BasicAuthJsonRequest.Create(method, address, content, ServiceNow.Username, ServiceNow.Password);
}
