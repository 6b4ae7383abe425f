namespace GraphApi.Connectors;

/// <summary>A ServiceNow instance and the (basic-auth) integration user the connector writes incidents as.</summary>
public sealed class ServiceNowOptions
{
    /// <summary>The instance, <c>https://yourinstance.service-now.com</c>.</summary>
    public Uri? InstanceUrl { get; set; }
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";

    /// <summary>The resolution code sent with Resolved and Closed (ServiceNow requires one); the instance's choice list decides the values.</summary>
    public string ResolutionCode { get; set; } = "Solution provided";

    /// <summary>The on-hold reason sent with On Hold (ServiceNow requires one): 1 is "Awaiting Caller".</summary>
    public string HoldReason { get; set; } = "1";
}
