namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Lets the host end a long-lived connection early — a WebSocket once acknowledged, or an event stream — for
/// instance when the credentials it was opened with are revoked or expire. Set it on <c>HttpContext.Features</c>
/// before the connection starts (an event stream) or in the socket interceptor (a WebSocket).
/// </summary>
public interface IGraphQLConnectionLifetimeFeature
{
    /// <summary>Signalled when the connection must end.</summary>
    CancellationToken Ended { get; }

    /// <summary>Why it ended, for the client: a WebSocket's close reason (code 4403), an event stream's last error.</summary>
    string EndReason { get; }

    /// <summary>The <c>extensions.code</c> of the error an event stream ends with.</summary>
    string EndCode { get; }
}
