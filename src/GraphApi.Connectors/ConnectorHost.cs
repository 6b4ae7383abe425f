namespace GraphApi.Connectors;

/// <summary>Builds the connector's host: configuration (appsettings.json, environment, command line), state, HTTP clients, the worker.</summary>
public static class ConnectorHost
{
    public static IHost Create(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Services.AddOptions<ConnectorOptions>().Bind(builder.Configuration.GetSection("Connector"))
            .Validate(o => !string.IsNullOrWhiteSpace(o.GraphApi.ApiKey), "Set Connector:GraphApi:ApiKey to a GraphApi key with the connector role.")
            .Validate(o => o.ServiceNow.InstanceUrl is not null || o.Jira.BaseUrl is not null, "Set Connector:ServiceNow:InstanceUrl or Connector:Jira:BaseUrl (or both).");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ConnectorState>();
        builder.Services.AddSingleton<GraphApiClient>();
        builder.Services.AddSingleton<RetryingSender>();
        builder.Services.AddSingleton<IStatusPusher, ServiceNowIncidentPusher>();
        builder.Services.AddSingleton<IStatusPusher, JiraIssuePusher>();
        builder.Services.AddHttpClient(nameof(GraphApiClient));
        // Redirects are not followed: a target that moved should be reconfigured, not silently written elsewhere with our credentials.
        builder.Services.AddHttpClient(nameof(ServiceNowIncidentPusher)).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.Services.AddHttpClient(nameof(JiraIssuePusher)).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.Services.AddHostedService<ConnectorWorker>();
        return builder.Build();
    }
}
