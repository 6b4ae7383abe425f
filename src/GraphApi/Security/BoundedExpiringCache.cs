using System.Collections.Concurrent;

namespace GraphApi.Security;

/// <summary>
/// A thread-safe cache whose entries expire, holding at most a fixed number: when full, expired entries go first, then
/// the eighth that would expire soonest — never everything at once, so a flood of new entries cannot empty it.
/// </summary>
public sealed class BoundedExpiringCache<TKey, TValue>(int capacity, TimeProvider clock)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset Expires)> _entries = new();
    private readonly Lock _evicting = new();

    /// <summary>How many entries are held, expired ones included until they are dropped.</summary>
    public int Count => _entries.Count;

    /// <summary>The entry's value while it has not expired.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Expires > clock.GetUtcNow())
            {
                value = entry.Value;
                return true;
            }

            _entries.TryRemove(new KeyValuePair<TKey, (TValue, DateTimeOffset)>(key, entry));
        }

        value = default!;
        return false;
    }

    /// <summary>Adds or replaces an entry that expires after <paramref name="lifetime"/>, making room first when full.</summary>
    public void Set(TKey key, TValue value, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow();
        if (_entries.Count >= capacity && !_entries.ContainsKey(key))
        {
            MakeRoom(now);
        }

        _entries[key] = (value, now + lifetime);
    }

    /// <summary>Drops every entry whose value matches <paramref name="predicate"/>.</summary>
    public void RemoveWhere(Func<TValue, bool> predicate)
    {
        foreach (var entry in _entries)
        {
            if (predicate(entry.Value.Value))
            {
                _entries.TryRemove(entry);
            }
        }
    }

    private void MakeRoom(DateTimeOffset now)
    {
        lock (_evicting)
        {
            if (_entries.Count < capacity)
            {
                return;
            }

            foreach (var entry in _entries)
            {
                if (entry.Value.Expires <= now)
                {
                    _entries.TryRemove(entry);
                }
            }

            if (_entries.Count < capacity)
            {
                return;
            }

            var soonest = _entries.ToArray().OrderBy(entry => entry.Value.Expires).Take(Math.Max(1, capacity / 8)).ToList();
            foreach (var entry in soonest)
            {
                _entries.TryRemove(entry);
            }
        }
    }
}
