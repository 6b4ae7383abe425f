using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Keeps prepared documents so that a repeated operation is parsed and validated once: by query text
/// (bounded: when full it starts over), and for documents given parsed, for as long as the document lives.
/// A text is kept the second time it is seen (a subscription's the first, so its subscribers share one document):
/// one-off texts, such as queries with their literals inlined, would otherwise push out the ones clients repeat and
/// make the collector carry documents that are never used again.
/// </summary>
internal sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _byText = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DocumentNode, PreparedDocument> _byDocument = [];
    private readonly Schema _schema;
    private readonly int _capacity;

    // Hashes of texts seen once, one per slot; a collision only admits a text a request early.
    private readonly int[] _seenOnce;
    private int _count;

    public DocumentCache(Schema schema, int capacity)
    {
        _schema = schema;
        _capacity = capacity;
        _seenOnce = new int[BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(capacity * 4, 64, 1 << 20))];
    }

    public bool TryGet(string query, out PreparedDocument prepared) => _byText.TryGetValue(query, out prepared!);

    public PreparedDocument Add(string query, DocumentNode document)
    {
        var prepared = new PreparedDocument(_schema, document);
        if (!HasSubscription(document) && FirstSight(query))
        {
            return prepared;
        }

        if (Volatile.Read(ref _count) >= _capacity)
        {
            _byText.Clear();
            Volatile.Write(ref _count, 0);
        }

        if (_byText.TryAdd(query, prepared))
        {
            Interlocked.Increment(ref _count);
            return prepared;
        }

        return _byText.TryGetValue(query, out var existing) ? existing : prepared;
    }

    public PreparedDocument For(DocumentNode document) => _byDocument.GetValue(document, d => new PreparedDocument(_schema, d));

    private bool FirstSight(string query)
    {
        var hash = query.GetHashCode(StringComparison.Ordinal);
        ref var slot = ref _seenOnce[hash & (_seenOnce.Length - 1)];
        if (slot == hash)
        {
            return false;
        }

        slot = hash;
        return true;
    }

    private static bool HasSubscription(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode { Operation: OperationType.Subscription })
            {
                return true;
            }
        }

        return false;
    }
}
