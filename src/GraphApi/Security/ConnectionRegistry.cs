using System.Net;

namespace GraphApi.Security;

/// <summary>
/// The open WebSockets and event streams: counted per key (or token subject) and WebSockets per client address, against
/// <see cref="SecurityLimitsOptions"/>; and findable by key, so a revoked key's connections can be ended.
/// </summary>
public sealed class ConnectionRegistry(SecurityLimitsOptions limits, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(ConnectionKind, string), int> _perSubject = [];
    private readonly Dictionary<string, int> _socketsPerAddress = new(StringComparer.Ordinal);
    private readonly HashSet<TrackedConnection> _connections = [];

    /// <summary>Takes one of <paramref name="address"/>'s WebSocket places; null when it holds the most allowed. Dispose the result when the socket ends.</summary>
    public IDisposable? TryOpenAddress(IPAddress? address)
    {
        var partition = address?.ToString() ?? "unknown";
        lock (_lock)
        {
            var open = _socketsPerAddress.GetValueOrDefault(partition);
            if (open >= limits.MaxWebSocketsPerAddress)
            {
                return null;
            }

            _socketsPerAddress[partition] = open + 1;
        }

        return new AddressPlace(this, partition);
    }

    /// <summary>Registers a connection of <paramref name="caller"/>; null when the caller holds the most allowed of that kind.</summary>
    public TrackedConnection? TryOpen(ConnectionKind kind, Caller caller)
    {
        var subject = caller.Subject ?? throw new InvalidOperationException("Only an authenticated caller's connections are tracked.");
        var limit = kind == ConnectionKind.WebSocket ? limits.MaxWebSocketsPerKey : limits.MaxEventStreamsPerKey;
        TrackedConnection connection;
        lock (_lock)
        {
            var open = _perSubject.GetValueOrDefault((kind, subject));
            if (open >= limit)
            {
                return null;
            }

            _perSubject[(kind, subject)] = open + 1;
            connection = new TrackedConnection(kind, subject, caller.KeyId, Release);
            _connections.Add(connection);
        }

        if (caller.ExpiresAt is { } expiresAt)
        {
            connection.EndAt(expiresAt, clock);
        }

        return connection;
    }

    /// <summary>The API keys that have connections open.</summary>
    public IReadOnlyCollection<int> OpenKeyIds()
    {
        lock (_lock)
        {
            return [.. _connections.Where(c => c.KeyId is not null).Select(c => c.KeyId!.Value).Distinct()];
        }
    }

    /// <summary>How many connections of <paramref name="kind"/> are open.</summary>
    public int Count(ConnectionKind kind)
    {
        lock (_lock)
        {
            return _connections.Count(c => c.Kind == kind);
        }
    }

    /// <summary>Ends every connection opened with key <paramref name="keyId"/>.</summary>
    public void EndKey(int keyId, string reason)
    {
        TrackedConnection[] ending;
        lock (_lock)
        {
            ending = [.. _connections.Where(c => c.KeyId == keyId)];
        }

        foreach (var connection in ending)
        {
            connection.End(reason);
        }
    }

    private void Release(TrackedConnection connection)
    {
        lock (_lock)
        {
            if (_connections.Remove(connection))
            {
                Decrement(_perSubject, (connection.Kind, connection.Subject));
            }
        }
    }

    private void ReleaseAddress(string partition)
    {
        lock (_lock)
        {
            Decrement(_socketsPerAddress, partition);
        }
    }

    private static void Decrement<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull
    {
        var left = counts.GetValueOrDefault(key) - 1;
        if (left <= 0)
        {
            counts.Remove(key);
        }
        else
        {
            counts[key] = left;
        }
    }

    private sealed class AddressPlace(ConnectionRegistry registry, string partition) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                registry.ReleaseAddress(partition);
            }
        }
    }
}
