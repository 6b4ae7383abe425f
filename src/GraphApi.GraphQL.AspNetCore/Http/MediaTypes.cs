namespace GraphApi.GraphQL.AspNetCore.Http;

/// <summary>The media types of GraphQL over HTTP.</summary>
public static class MediaTypes
{
    /// <summary>The GraphQL response media type.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>JSON, for legacy clients.</summary>
    public const string Json = "application/json";

    /// <summary>Server-sent events.</summary>
    public const string EventStream = "text/event-stream";
}
