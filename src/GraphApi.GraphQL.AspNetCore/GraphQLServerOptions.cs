using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>Options of the GraphQL server: transports, limits, persisted operations and the IDE.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Options handed to the engine's request executor.</summary>
    public ExecutionOptions Execution { get; } = new();

    /// <summary>Whether a browser opening the endpoint gets the GraphiQL IDE (default true).</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>The IDE page's title.</summary>
    public string IdeTitle { get; set; } = "GraphQL";

    /// <summary>Whether queries may be sent with GET (default true).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET {path}?sdl</c> returns the schema as SDL (default true).</summary>
    public bool EnableSdl { get; set; } = true;

    /// <summary>Whether the graphql-transport-ws WebSocket protocol is served (default true).</summary>
    public bool EnableWebSockets { get; set; } = true;

    /// <summary>Whether server-sent events (graphql-sse, distinct connections mode) are served (default true).</summary>
    public bool EnableServerSentEvents { get; set; } = true;

    /// <summary>The largest request body accepted, in bytes; larger ones get 413 (default 1 MiB).</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>The largest WebSocket message accepted, in bytes; a larger one closes the socket with 4400 (default 64 KiB).</summary>
    public int MaxWebSocketMessageBytes { get; set; } = 64 * 1024;

    /// <summary>How many operations one WebSocket may run at once; a subscribe beyond that gets an error with <c>TOO_MANY_OPERATIONS</c> (default 100).</summary>
    public int MaxOperationsPerWebSocket { get; set; } = 100;

    /// <summary>The folder (relative to the content root, or absolute) persisted operations are read from.</summary>
    public string PersistedOperationsPath { get; set; } = Path.Combine("schema", "operations");

    /// <summary>Whether only persisted documents are executed (query text is refused unless registered).</summary>
    public bool OnlyPersistedOperations { get; set; }

    /// <summary>How long a WebSocket client has to send <c>connection_init</c> before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the server pings an idle WebSocket (zero or less: never).</summary>
    public TimeSpan WebSocketKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>How often a keep-alive comment is written to an event stream (zero or less: never).</summary>
    public TimeSpan ServerSentEventsKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);
}
