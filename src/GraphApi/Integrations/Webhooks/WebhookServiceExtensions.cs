namespace GraphApi.Integrations.Webhooks;

public static class WebhookServiceExtensions
{
    /// <summary>Outbound webhooks: <c>Webhooks</c> options, the sender, and the dispatcher as a hosted service.</summary>
    public static IServiceCollection AddGraphApiWebhooks(this IServiceCollection services)
    {
        services.AddSingleton(provider => provider.GetRequiredService<IConfiguration>().GetSection("Webhooks").Get<WebhookOptions>() ?? new WebhookOptions());
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        return services;
    }
}
