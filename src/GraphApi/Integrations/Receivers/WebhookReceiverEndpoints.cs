namespace GraphApi.Integrations.Receivers;

/// <summary>Mounts the inbound ServiceNow and Jira receivers.</summary>
public static class WebhookReceiverEndpoints
{
    /// <summary>The receivers' services.</summary>
    public static IServiceCollection AddWebhookReceivers(this IServiceCollection services)
    {
        services.AddSingleton<WebhookAuthenticator>();
        services.AddScoped<WebhookReceiver>();
        return services;
    }

    /// <summary><c>POST /webhooks/servicenow</c> and <c>POST /webhooks/jira</c>; anonymous to the API's key check, as they authenticate the sender themselves.</summary>
    public static WebApplication MapWebhookReceivers(this WebApplication app)
    {
        app.MapPost("/webhooks/servicenow", (HttpContext context, WebhookReceiver receiver) => receiver.ReceiveAsync(context, ExternalSystem.ServiceNow)).AllowAnonymous();
        app.MapPost("/webhooks/jira", (HttpContext context, WebhookReceiver receiver) => receiver.ReceiveAsync(context, ExternalSystem.Jira)).AllowAnonymous();
        return app;
    }
}
