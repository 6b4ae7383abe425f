namespace GraphApi.Connectors;

/// <summary>A Jira Cloud site and the account (email + API token, basic auth) the connector transitions issues as.</summary>
public sealed class JiraOptions
{
    /// <summary>The site, <c>https://your-domain.atlassian.net</c>.</summary>
    public Uri? BaseUrl { get; set; }
    public string Email { get; set; } = "";
    public string ApiToken { get; set; } = "";
}
