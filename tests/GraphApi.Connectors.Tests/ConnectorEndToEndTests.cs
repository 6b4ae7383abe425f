using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphApi.Security;
using GraphApi.Tests.Api;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace GraphApi.Connectors.Tests;

/// <summary>
/// The reference connector against GraphApi and fake ServiceNow and Jira servers, killed (SIGKILL) twice mid-stream — once while
/// ServiceNow held back its answer to a change it had applied — and restarted: every change arrives exactly once, in order.
/// </summary>
public sealed class ConnectorEndToEndTests(ConnectorApiFactory api, ITestOutputHelper output) : IClassFixture<ConnectorApiFactory>, IDisposable
{
    private const string IncidentA = "46e18c0fa9fe19810066a0083f76bd56";
    private const string IncidentB = "9d385017c611228701d22104cc95c371";
    private const string IncidentC = "a9e30c7dc61122760116894de7bcc7bd";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("graphapi-connector-").FullName;

    [Fact]
    public async Task Killed_and_restarted_mid_stream_the_connector_delivers_every_change_exactly_once()
    {
        await using var serviceNow = new FakeServiceNow();
        await using var jira = new FakeJira();
        serviceNow.AddIncident(IncidentA, "INC0010001");
        serviceNow.AddIncident(IncidentB, "INC0010002");
        jira.AddIssue("ITSM-1");
        jira.AddIssue("ITSM-2");

        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var connectorKey = await api.KeyAsync(ApiKeyRole.Connector);
        var customer = (await api.GraphQLAsync(admin, """mutation { createCustomer(input: { name: "Ada Lovelace", email: "ada@example.com", businessUnit: "Finance" }) { customer { id } } }""")).Ok().Text("data.createCustomer.customer.id");
        var r1 = await LinkedRequestAsync(connectorKey, customer, "SERVICENOW", IncidentA);
        var r2 = await LinkedRequestAsync(connectorKey, customer, "JIRA", "ITSM-1");
        var r3 = await LinkedRequestAsync(connectorKey, customer, "SERVICENOW", IncidentB);
        (await api.GraphQLAsync(connectorKey, $$"""mutation { linkExternalReference(input: { requestId: "{{r3}}", system: JIRA, externalId: "ITSM-2" }) { errors { code } } }""")).Ok();
        var r4 = await LinkedRequestAsync(connectorKey, customer, "JIRA", "ITSM-404");

        // Before the connector first starts: replayed from the beginning.
        string[] lifeCycle = ["TRIAGED", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "IN_PROGRESS", "RESOLVED"];
        for (var step = 0; step < lifeCycle.Length; step++)
        {
            foreach (var request in new[] { r1, r2, r3 })
            {
                await ChangeAsync(admin, request, lifeCycle[step]);
            }

            if (step < 2)
            {
                await ChangeAsync(admin, r4, lifeCycle[step]);
            }
        }

        serviceNow.FailNext(503);
        serviceNow.FailNext(429, TimeSpan.FromSeconds(1));
        jira.FailNext(502);
        serviceNow.HangAfterApplying(3);
        var settings = Settings(connectorKey, serviceNow, jira);

        using (var first = ConnectorProcess.Start(settings, _workingDirectory))
        {
            await WaitAsync(() => serviceNow.Hung.Task.IsCompleted, first, "ServiceNow to receive its third change");
            first.Kill();
            output.WriteLine(first.Output);
        }

        // While the connector is down.
        await ChangeAsync(admin, r1, "CLOSED");
        await ChangeAsync(admin, r2, "IN_PROGRESS");
        await ChangeAsync(admin, r3, "CLOSED");

        using (var second = ConnectorProcess.Start(settings, _workingDirectory))
        {
            await WaitAsync(() => jira.Transitions.Count >= 3, second, "Jira to receive a third transition");
            second.Kill();
            output.WriteLine(second.Output);
        }

        using var third = ConnectorProcess.Start(settings, _workingDirectory);
        await WaitAsync(() => serviceNow.StateChanges.Count >= 10 && jira.Transitions.Count >= 5, third, "the replayed changes");

        // Live, while it runs; a change ServiceNow itself sent (through the receiver) is not echoed back to it.
        serviceNow.AddIncident(IncidentC, "INC0010003");
        var r5 = await ReceiveIncidentAsync(IncidentC, "1");
        Assert.Equal(r5, await ReceiveIncidentAsync(IncidentC, "2"));
        await ChangeAsync(admin, r5, "IN_PROGRESS");
        await ChangeAsync(admin, r5, "WAITING_ON_CUSTOMER");
        await ChangeAsync(admin, r2, "RESOLVED");
        await WaitAsync(() => jira.Transitions.Count >= 6 && serviceNow.StateChanges.Count >= 11, third, "the live changes");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        third.Kill();
        output.WriteLine(third.Output);

        // GraphApi's statuses as the systems see them: TRIAGED and IN_PROGRESS are both ServiceNow's 2, Jira only sees categories change.
        Assert.Equal(["2", "3", "2", "6", "7"], serviceNow.StateChanges.Where(c => c.SysId == IncidentA).Select(c => c.State));
        Assert.Equal(["2", "3", "2", "6", "7"], serviceNow.StateChanges.Where(c => c.SysId == IncidentB).Select(c => c.State));
        Assert.Equal(["3"], serviceNow.StateChanges.Where(c => c.SysId == IncidentC).Select(c => c.State));
        Assert.Equal(["indeterminate", "done", "indeterminate", "done"], jira.Transitions.Where(t => t.Key == "ITSM-1").Select(t => t.Category));
        Assert.Equal(["indeterminate", "done"], jira.Transitions.Where(t => t.Key == "ITSM-2").Select(t => t.Category));
        Assert.Equal(3, serviceNow.FaultsServed + jira.FaultsServed);

        var closed = serviceNow.Incident(IncidentA);
        Assert.Equal(("7", "Solution provided"), (closed["state"], closed["close_code"]));
        Assert.Contains("REQ-", closed["work_notes"], StringComparison.Ordinal);

        // The issue Jira does not have is recorded as failed, once, and did not hold up the changes after it.
        using var state = new ConnectorState(Options.Create(new ConnectorOptions { StatePath = settings["Connector__StatePath"] }));
        var failure = Assert.Single(state.Failures());
        Assert.Equal(("Jira", "ITSM-404", "indeterminate"), (failure.System, failure.ExternalId, failure.State));
        Assert.Contains("404", failure.Error, StringComparison.Ordinal);
        Assert.NotNull(state.Cursor);
    }

    public void Dispose()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                Directory.Delete(_workingDirectory, recursive: true);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
        }
    }

    private Dictionary<string, string> Settings(string key, FakeServiceNow serviceNow, FakeJira jira) => new()
    {
        ["Connector__GraphApi__Endpoint"] = api.Endpoint.ToString(),
        ["Connector__GraphApi__ApiKey"] = key,
        ["Connector__StatePath"] = Path.Combine(_workingDirectory, "connector.db"),
        ["Connector__StartFrom"] = "Beginning",
        ["Connector__ServiceNow__InstanceUrl"] = serviceNow.BaseAddress.ToString(),
        ["Connector__ServiceNow__Username"] = FakeServiceNow.Username,
        ["Connector__ServiceNow__Password"] = FakeServiceNow.Password,
        ["Connector__Jira__BaseUrl"] = jira.BaseAddress.ToString(),
        ["Connector__Jira__Email"] = FakeJira.Email,
        ["Connector__Jira__ApiToken"] = FakeJira.ApiToken,
        ["Connector__Retry__InitialDelay"] = "00:00:00.100",
        ["Connector__Retry__MaxDelay"] = "00:00:02",
        ["Logging__Console__FormatterName"] = "simple",
    };

    private async Task<string> LinkedRequestAsync(string key, string customerId, string system, string externalId)
    {
        var response = await api.GraphQLAsync(key, $$"""
            mutation { upsertRequestFromExternal(input: { system: {{system}}, externalId: "{{externalId}}", title: "Linked to {{externalId}}", customerId: "{{customerId}}" }) { request { id } errors { code message } } }
            """);
        Assert.Empty(response.Ok().At("data.upsertRequestFromExternal.errors").EnumerateArray());
        return response.Text("data.upsertRequestFromExternal.request.id");
    }

    // What a ServiceNow business rule posts to GraphApi's receiver when the incident changes there.
    private async Task<string> ReceiveIncidentAsync(string sysId, string state)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/servicenow")
        {
            Content = JsonContent.Create(new { sys_id = sysId, number = "INC0010003", state, short_description = "Raised in ServiceNow", caller_id = new { value = "681ccaf9c0a8016400b98a06818d57c7", email = "ada@example.com" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ConnectorApiFactory.ServiceNowReceiverSecret);
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, body.GetRawText());
        return body.GetProperty("requestId").GetString()!;
    }

    private async Task ChangeAsync(string key, string requestId, string status)
    {
        var response = await api.GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{requestId}}", status: {{status}} }) { errors { code message } } }""");
        var errors = response.Ok().At("data.changeRequestStatus.errors");
        Assert.True(errors.GetArrayLength() == 0, errors.GetRawText());
    }

    private static async Task WaitAsync(Func<bool> condition, ConnectorProcess connector, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited {Patience.TotalSeconds} s for {what}. The connector logged:\n{connector.Output}");
            await Task.Delay(50);
        }
    }
}
