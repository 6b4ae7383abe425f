namespace GraphApi.GraphQL.AspNetCore.WebSockets;

/// <summary>The interceptor's answer to <c>connection_init</c>: accept (with an optional <c>connection_ack</c> payload) or reject.</summary>
public sealed class ConnectionDecision
{
    private ConnectionDecision(bool accepted, IReadOnlyDictionary<string, object?>? payload, string? reason, int closeCode = CloseCodes.Forbidden)
    {
        Accepted = accepted;
        Payload = payload;
        Reason = reason;
        CloseCode = closeCode;
    }

    /// <summary>Whether the connection is acknowledged.</summary>
    public bool Accepted { get; }

    /// <summary>The payload of <c>connection_ack</c>, when accepted.</summary>
    public IReadOnlyDictionary<string, object?>? Payload { get; }

    /// <summary>The close reason, when rejected.</summary>
    public string? Reason { get; }

    /// <summary>The close code, when rejected: 4403 unless the rejection named another.</summary>
    public int CloseCode { get; }

    /// <summary>Accepts the connection.</summary>
    public static ConnectionDecision Accept(IReadOnlyDictionary<string, object?>? payload = null) => new(true, payload, null);

    /// <summary>Rejects the connection (close code 4403).</summary>
    public static ConnectionDecision Reject(string reason = "Forbidden") => new(false, null, reason);

    /// <summary>Rejects the connection with a close code of the caller's choosing (1013 Try Again Later for a limit, say).</summary>
    public static ConnectionDecision Reject(string reason, int closeCode) => new(false, null, reason, closeCode);
}
