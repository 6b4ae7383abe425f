namespace GraphApi.Connectors;

/// <summary>GraphApi refused or ended the connector's request; <see cref="Code"/> is the error's <c>extensions.code</c>.</summary>
public sealed class GraphApiException(string? code, string message) : Exception(message)
{
    /// <summary>The stable error code (<c>SUBSCRIBER_TOO_SLOW</c>, <c>AUTH_NOT_AUTHENTICATED</c>), when there was one.</summary>
    public string? Code { get; } = code;
}
