using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Data;

/// <summary>
/// The request's DataLoaders and their dispatcher: pass it as <see cref="ExecutionRequest.BatchDispatcher"/>
/// (and in <see cref="ExecutionRequest.ContextData"/> through <see cref="CreateContextData"/>) so that loads
/// queued while the executor starts fields run as one batch once it waits.
/// </summary>
public sealed class DataLoaderScope : IBatchDispatcher
{
    /// <summary>The <see cref="IResolverContext.ContextData"/> key of the request's scope.</summary>
    public const string ContextKey = "GraphApi.Data.DataLoaderScope";

    private readonly Dictionary<string, IBatch> _loaders = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private TaskCompletionSource _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal interface IBatch
    {
        bool HasQueued { get; }

        Task DispatchAsync();
    }

    /// <summary>Context data holding this scope.</summary>
    public Dictionary<string, object?> CreateContextData() => new() { [ContextKey] = this };

    /// <summary>The request's batch loader named <paramref name="name"/>, created on first use.</summary>
    /// <param name="name">Identifies the loader within the request.</param>
    /// <param name="fetch">Loads values for a set of keys in one call.</param>
    public BatchDataLoader<TKey, TValue> GetBatchLoader<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        lock (_gate)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                _loaders[name] = loader = new BatchDataLoader<TKey, TValue>(this, fetch);
            }

            return (BatchDataLoader<TKey, TValue>)loader;
        }
    }

    /// <summary>The request's group loader named <paramref name="name"/> (several values per key), created on first use.</summary>
    public BatchDataLoader<TKey, TValue[]> GetGroupLoader<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull
        => GetBatchLoader<TKey, TValue[]>(name, async (keys, token) =>
        {
            var lookup = await fetch(keys, token).ConfigureAwait(false);
            return keys.Distinct().ToDictionary(k => k, k => lookup[k].ToArray());
        });

    internal void Signal()
    {
        lock (_gate)
        {
            _signal.TrySetResult();
        }
    }

    /// <inheritdoc />
    public async Task RunUntilCompleteAsync(Task operation)
    {
        while (!operation.IsCompleted)
        {
            Task wait;
            List<IBatch> queued;
            lock (_gate)
            {
                queued = _loaders.Values.Where(l => l.HasQueued).ToList();
                if (queued.Count == 0)
                {
                    if (_signal.Task.IsCompleted)
                    {
                        _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    }

                    wait = _signal.Task;
                }
                else
                {
                    wait = Task.CompletedTask;
                }
            }

            if (queued.Count > 0)
            {
                await Task.WhenAll(queued.Select(q => q.DispatchAsync())).ConfigureAwait(false);
                continue;
            }

            await Task.WhenAny(operation, wait).ConfigureAwait(false);
        }
    }
}

/// <summary>Loads values by key, batching the keys requested while the executor starts fields into one fetch.</summary>
public sealed class BatchDataLoader<TKey, TValue> : DataLoaderScope.IBatch
    where TKey : notnull
{
    private readonly DataLoaderScope _scope;
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private Dictionary<TKey, TaskCompletionSource<TValue?>> _queue = [];

    internal BatchDataLoader(DataLoaderScope scope, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    {
        _scope = scope;
        _fetch = fetch;
    }

    /// <summary>How many fetches ran.</summary>
    public int BatchCount { get; private set; }

    bool DataLoaderScope.IBatch.HasQueued
    {
        get
        {
            lock (_cache)
            {
                return _queue.Count > 0;
            }
        }
    }

    /// <summary>The value for <paramref name="key"/>, or default when the fetch did not return it.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?> source;
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            source = new TaskCompletionSource<TValue?>();
            _queue[key] = source;
            _cache[key] = source.Task;
        }

        _scope.Signal();
        return source.Task;
    }

    async Task DataLoaderScope.IBatch.DispatchAsync()
    {
        Dictionary<TKey, TaskCompletionSource<TValue?>> batch;
        lock (_cache)
        {
            batch = _queue;
            _queue = [];
        }

        if (batch.Count == 0)
        {
            return;
        }

        BatchCount++;

        try
        {
            var values = await _fetch([.. batch.Keys], CancellationToken.None).ConfigureAwait(false);
            foreach (var (key, source) in batch)
            {
                source.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception exception)
        {
            foreach (var source in batch.Values)
            {
                source.TrySetException(exception);
            }
        }
    }
}

/// <summary>Access to the request's DataLoaders from a resolver.</summary>
public static class DataLoaderContextExtensions
{
    /// <summary>The request's <see cref="DataLoaderScope"/>.</summary>
    /// <exception cref="InvalidOperationException">When the request has none.</exception>
    public static DataLoaderScope DataLoaders(this IResolverContext context) =>
        context.ContextData.TryGetValue(DataLoaderScope.ContextKey, out var scope) && scope is DataLoaderScope found
            ? found
            : throw new InvalidOperationException("The request has no DataLoaderScope; pass one as ExecutionRequest.BatchDispatcher and ContextData.");
}
