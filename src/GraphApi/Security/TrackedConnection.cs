using GraphApi.GraphQL.AspNetCore;

namespace GraphApi.Security;

/// <summary>
/// One open WebSocket or event stream in the <see cref="ConnectionRegistry"/>: ends when its key is revoked or its
/// token expires, and gives its place back when disposed (with the request).
/// </summary>
public sealed class TrackedConnection : IGraphQLConnectionLifetimeFeature, IDisposable
{
    private readonly CancellationTokenSource _ended = new();
    private readonly Action<TrackedConnection> _release;
    private int _disposed;

    internal TrackedConnection(ConnectionKind kind, string subject, int? keyId, Action<TrackedConnection> release)
    {
        Kind = kind;
        Subject = subject;
        KeyId = keyId;
        _release = release;
    }

    /// <summary>A WebSocket or an event stream.</summary>
    public ConnectionKind Kind { get; }

    /// <summary>The caller's <see cref="Caller.Subject"/>.</summary>
    public string Subject { get; }

    /// <summary>The API key it was opened with, if any.</summary>
    public int? KeyId { get; }

    /// <inheritdoc />
    public CancellationToken Ended => _ended.Token;

    /// <inheritdoc />
    public string EndReason { get; private set; } = string.Empty;

    /// <inheritdoc />
    public string EndCode => SecurityErrorCodes.NotAuthenticated;

    /// <summary>Ends the connection, telling the client why (a WebSocket close reason: keep it under 100 characters).</summary>
    public void End(string reason)
    {
        if (Volatile.Read(ref _disposed) == 0 && !_ended.IsCancellationRequested)
        {
            EndReason = reason;
            try
            {
                _ended.Cancel();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    /// <summary>Ends the connection when <paramref name="expiresAt"/> passes.</summary>
    internal void EndAt(DateTimeOffset expiresAt, TimeProvider clock)
    {
        EndReason = $"{SecurityErrorCodes.NotAuthenticated}: the token expired";
        var remaining = expiresAt - clock.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            _ended.Cancel();
            return;
        }

        _ended.CancelAfter(remaining);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _release(this);
            _ended.Dispose();
        }
    }
}
