namespace GraphApi.Connectors;

/// <summary>The GraphApi instance the connector follows.</summary>
public sealed class GraphApiOptions
{
    /// <summary>The GraphQL endpoint; <c>http(s)</c> for queries, the same address as <c>ws(s)</c> for the subscription.</summary>
    public Uri Endpoint { get; set; } = new("http://localhost:5000/graphql");

    /// <summary>A key with the <c>connector</c> role.</summary>
    public string ApiKey { get; set; } = "";
}
