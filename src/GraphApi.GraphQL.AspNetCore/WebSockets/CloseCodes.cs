namespace GraphApi.GraphQL.AspNetCore.WebSockets;

// graphql-ws PROTOCOL.md: close codes
/// <summary>The close codes of graphql-transport-ws.</summary>
public static class CloseCodes
{
    /// <summary>Internal server error.</summary>
    public const int InternalServerError = 4500;

    /// <summary>A message that is not valid in the protocol.</summary>
    public const int BadRequest = 4400;

    /// <summary>Subscribe before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The interceptor rejected the connection.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not offer the graphql-transport-ws subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No connection_init within the timeout.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A subscribe with an id already in use.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second connection_init.</summary>
    public const int TooManyInitialisationRequests = 4429;
}
