using GraphApi.Integrations.Webhooks;
using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphApi.Tests.Integrations.Webhooks;

/// <summary>The API with its webhook dispatcher running, loopback receivers allowed and short delays (retries, polls, timeouts).</summary>
public class WebhookApiFactory : ApiFactory
{
    public WebhookApiFactory()
        : this(new TempDatabase())
    {
    }

    protected WebhookApiFactory(ITestDatabase database)
        : base(database)
    {
    }

    /// <summary>Whether the host's own dispatcher runs; off where a test drives one with its own clock.</summary>
    protected virtual bool DispatcherEnabled => true;

    /// <summary>Settings on top of the defaults, for one host.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>A webhook subscription made through the API; returns its id and secret.</summary>
    public async Task<(string Id, string Secret)> SubscribeAsync(string adminKey, string url, string eventTypes = "[REQUEST_STATUS_CHANGED]", string? filter = null, string? secret = null)
    {
        var result = (await GraphQLAsync(adminKey, $$"""
            mutation($url: String!, $secret: String) {
              createWebhookSubscription(input: { url: $url, eventTypes: {{eventTypes}}{{(filter is null ? "" : ", filter: " + filter)}}, secret: $secret }) {
                webhookSubscription { id } secret errors { code message field }
              }
            }
            """, new { url, secret })).Ok();
        Assert.Empty(result.Codes("data.createWebhookSubscription.errors"));
        return (result.Text("data.createWebhookSubscription.webhookSubscription.id"), result.Text("data.createWebhookSubscription.secret"));
    }

    /// <summary>A new request, as a staff member makes it; returns its id.</summary>
    public async Task<string> NewRequestAsync(string key, int customer = 1) =>
        (await GraphQLAsync(key, $$"""mutation { createRequest(input: { customerId: "{{Id("Customer", customer)}}", title: "Webhook test" }) { request { id } } }""")).Ok().Text("data.createRequest.request.id");

    /// <summary>Moves a request, asserting the move was allowed.</summary>
    public async Task ChangeStatusAsync(string key, string requestId, string status)
    {
        var result = await GraphQLAsync(key, $$"""mutation { changeRequestStatus(input: { requestId: "{{requestId}}", status: {{status}} }) { errors { code } } }""");
        Assert.Empty(result.Ok().Codes("data.changeRequestStatus.errors"));
    }

    /// <summary>A dispatcher on this host's database and outbox, on <paramref name="clock"/>, with the default retry policy and fixed jitter.</summary>
    public WebhookDispatcher ManualDispatcher(TimeProvider clock, WebhookOptions? options = null)
    {
        options ??= new WebhookOptions { AllowLoopbackTargets = true };
        return new WebhookDispatcher(Services.GetRequiredService<IServiceScopeFactory>(), Services.GetRequiredService<Events.EventFeed>(), new WebhookSender(options, clock), options, clock,
            NullLogger<WebhookDispatcher>.Instance)
        {
            RetryPolicy = new WebhookRetryPolicy(options, () => 1.0),
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:Enabled", DispatcherEnabled ? "true" : "false");
        builder.UseSetting("Webhooks:AllowLoopbackTargets", "true");
        builder.UseSetting("Webhooks:PollInterval", "00:00:00.200");
        builder.UseSetting("Webhooks:InitialRetryDelay", "00:00:00.100");
        builder.UseSetting("Webhooks:MaxRetryDelay", "00:00:00.400");
        builder.UseSetting("Webhooks:RequestTimeout", "00:00:02");
        foreach (var (name, value) in Settings)
        {
            builder.UseSetting(name, value);
        }
    }
}

/// <summary>The API with its own dispatcher off: tests run <see cref="WebhookApiFactory.ManualDispatcher"/> on a clock they move.</summary>
public class ManualWebhookApiFactory : WebhookApiFactory
{
    public ManualWebhookApiFactory()
        : this(new TempDatabase())
    {
    }

    protected ManualWebhookApiFactory(ITestDatabase database)
        : base(database)
    {
    }

    protected override bool DispatcherEnabled => false;
}

public sealed class PostgresWebhookApiFactory() : WebhookApiFactory(new PostgresTestDatabase());

public sealed class PostgresManualWebhookApiFactory() : ManualWebhookApiFactory(new PostgresTestDatabase());
