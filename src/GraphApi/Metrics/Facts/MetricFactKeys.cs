namespace GraphApi.Metrics.Facts;

/// <summary>
/// Which facts a write made stale: those of requests (their request, expectation and interaction facts), of single
/// interactions, and of every interaction of customers whose usual contacts changed.
/// </summary>
internal sealed class MetricFactKeys
{
    public HashSet<int> RequestIds { get; } = [];
    public HashSet<int> InteractionIds { get; } = [];
    public HashSet<int> CustomerIds { get; } = [];

    public bool IsEmpty => RequestIds.Count == 0 && InteractionIds.Count == 0 && CustomerIds.Count == 0;

    /// <summary>The same keys in parts of at most <paramref name="size"/> ids of each kind, so that no statement grows without bound.</summary>
    public IEnumerable<MetricFactKeys> Chunks(int size)
    {
        var requests = RequestIds.Chunk(size).ToList();
        var interactions = InteractionIds.Chunk(size).ToList();
        var customers = CustomerIds.Chunk(size).ToList();
        for (var i = 0; i < Math.Max(requests.Count, Math.Max(interactions.Count, customers.Count)); i++)
        {
            var chunk = new MetricFactKeys();
            chunk.RequestIds.UnionWith(i < requests.Count ? requests[i] : []);
            chunk.InteractionIds.UnionWith(i < interactions.Count ? interactions[i] : []);
            chunk.CustomerIds.UnionWith(i < customers.Count ? customers[i] : []);
            yield return chunk;
        }
    }
}
