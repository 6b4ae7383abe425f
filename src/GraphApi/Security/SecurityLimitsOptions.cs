namespace GraphApi.Security;

/// <summary>Connection and size limits, from <c>Security:Limits</c>; the defaults are what a serious deployment can start with.</summary>
public sealed class SecurityLimitsOptions
{
    /// <summary>The largest request body, in bytes; larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest WebSocket message, in bytes; a larger one closes the socket with 4400.</summary>
    public int MaxWebSocketMessageBytes { get; set; } = 64 * 1024;

    /// <summary>How many operations one WebSocket may run at once.</summary>
    public int MaxOperationsPerWebSocket { get; set; } = 100;

    /// <summary>How many WebSockets one key (or token subject) may hold open.</summary>
    public int MaxWebSocketsPerKey { get; set; } = 200;

    /// <summary>How many WebSockets one client address may hold open, authenticated or not.</summary>
    public int MaxWebSocketsPerAddress { get; set; } = 500;

    /// <summary>How many event streams (SSE) one key (or token subject) may hold open.</summary>
    public int MaxEventStreamsPerKey { get; set; } = 100;

    /// <summary>How often open WebSockets and event streams have their keys checked for revocation.</summary>
    public TimeSpan RevocationCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many valid keys the authenticator remembers; beyond that the oldest answers are dropped first.</summary>
    public int KeyCacheSize { get; set; } = 10_000;

    /// <summary>How many unknown keys the authenticator remembers, apart from the valid ones so they cannot push those out.</summary>
    public int UnknownKeyCacheSize { get; set; } = 10_000;
}
