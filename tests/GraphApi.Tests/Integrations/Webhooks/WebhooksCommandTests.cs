using GraphApi.Api;
using GraphApi.Events;
using GraphApi.Integrations.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Integrations.Webhooks;

public sealed class WebhooksCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        await using var context = _database.CreateContext();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await WebhooksCommand.RunAsync(args, context, new WebhookOptions(), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1].TrimEnd('\r');

    [Fact]
    public async Task Create_prints_the_secret_last_and_list_and_delete_work_by_id()
    {
        var (code, output, _) = await RunAsync("create", "--url", "https://hooks.example.com/sn", "--events", "REQUEST_STATUS_CHANGED,interaction_logged");

        Assert.Equal(0, code);
        var secret = LastLine(output);
        Assert.Matches("^whsec_[A-Za-z0-9_-]{43}$", secret);
        await using (var context = _database.CreateContext())
        {
            var stored = await context.WebhookSubscriptions.SingleAsync();
            Assert.Equal((secret, "https://hooks.example.com/sn"), (stored.Secret, stored.Url));
            Assert.Equal([EventType.RequestStatusChanged, EventType.InteractionLogged], stored.GetEventTypes().Order());
        }

        var (listCode, list, _) = await RunAsync("list");
        Assert.Equal(0, listCode);
        Assert.Contains("1\thttps://hooks.example.com/sn\tREQUEST_STATUS_CHANGED,INTERACTION_LOGGED\tACTIVE\t-\t0\t0\t-", list);
        Assert.DoesNotContain(secret, list);

        var (deleteCode, deleted, _) = await RunAsync("delete", GlobalId.Encode(nameof(WebhookSubscription), 1));
        Assert.Equal(0, deleteCode);
        Assert.Contains("Deleted webhook subscription 1", deleted);
        await using var after = _database.CreateContext();
        Assert.Empty(await after.WebhookSubscriptions.ToListAsync());
    }

    [Fact]
    public async Task A_given_secret_is_printed_back_and_a_filter_naming_no_customer_is_refused()
    {
        var (code, output, error) = await RunAsync("create", "--url", "https://hooks.example.com/x", "--events", "EXPECTATION_AT_RISK", "--secret", "cli-secret-0123456789", "--customer", "Q3VzdG9tZXI6OTk=");

        Assert.Equal(2, code);
        Assert.Contains("No Customer has the id", error);
        Assert.Empty(output);

        (code, output, _) = await RunAsync("create", "--url", "https://hooks.example.com/x", "--events", "EXPECTATION_AT_RISK", "--secret", "cli-secret-0123456789");
        Assert.Equal(0, code);
        Assert.Equal("cli-secret-0123456789", LastLine(output));
    }

    [Theory]
    [InlineData(new[] { "create", "--events", "REQUEST_STATUS_CHANGED" }, "--url is required")]
    [InlineData(new[] { "create", "--url", "https://hooks.example.com/x" }, "at least one event type")]
    [InlineData(new[] { "create", "--url", "https://hooks.example.com/x", "--events", "NOPE" }, "'NOPE' is not an event type")]
    [InlineData(new[] { "create", "--url", "http://localhost:6500/x", "--events", "REQUEST_STATUS_CHANGED" }, "loopback")]
    [InlineData(new[] { "create", "--url", "https://hooks.example.com/x", "--events", "REQUEST_STATUS_CHANGED", "--secret", "short" }, "secret must be")]
    [InlineData(new[] { "create", "--url" }, "needs a value")]
    [InlineData(new[] { "create", "--colour", "red" }, "unknown option")]
    [InlineData(new[] { "delete", "42" }, "no webhook subscription")]
    [InlineData(new[] { "delete", "nonsense" }, "not a webhook subscription id")]
    [InlineData(new[] { "list", "extra" }, "wrong number of arguments")]
    [InlineData(new[] { "frobnicate" }, "unknown webhooks command")]
    [InlineData(new string[0], "missing webhooks command")]
    public async Task Bad_input_prints_why_and_the_usage_and_exits_2(string[] args, string message)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.Contains("usage:", error);
        await using var context = _database.CreateContext();
        if (args is ["create", ..])
        {
            Assert.Empty(await context.WebhookSubscriptions.ToListAsync());
        }
    }
}
