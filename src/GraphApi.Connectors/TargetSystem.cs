namespace GraphApi.Connectors;

/// <summary>The systems the connector pushes to.</summary>
public enum TargetSystem
{
    ServiceNow,
    Jira,
}
