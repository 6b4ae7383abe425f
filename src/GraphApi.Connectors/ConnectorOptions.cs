namespace GraphApi.Connectors;

/// <summary>The connector's settings (section <c>Connector</c>; environment variables <c>Connector__GraphApi__ApiKey</c> and so on).</summary>
public sealed class ConnectorOptions
{
    public GraphApiOptions GraphApi { get; set; } = new();

    /// <summary>The SQLite file holding the cursor, the applied event ids and the failed changes.</summary>
    public string StatePath { get; set; } = Path.Combine("data", "connector.db");

    /// <summary>With no stored cursor: <c>Latest</c> starts after the newest event, <c>Beginning</c> replays every status change.</summary>
    public StartPosition StartFrom { get; set; } = StartPosition.Latest;

    /// <summary>Where ServiceNow incidents live; unset, changes to ServiceNow references are not pushed.</summary>
    public ServiceNowOptions ServiceNow { get; set; } = new();

    /// <summary>Where Jira issues live; unset, changes to Jira references are not pushed.</summary>
    public JiraOptions Jira { get; set; } = new();

    public RetryOptions Retry { get; set; } = new();
}
