using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Keeps prepared documents so that a repeated operation is parsed and validated once: by query text
/// (bounded: when full it starts over), and for documents given parsed, for as long as the document lives.
/// </summary>
internal sealed class DocumentCache(Schema schema, int capacity)
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _byText = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DocumentNode, PreparedDocument> _byDocument = [];

    public bool TryGet(string query, out PreparedDocument prepared) => _byText.TryGetValue(query, out prepared!);

    public PreparedDocument Add(string query, DocumentNode document)
    {
        if (_byText.Count >= capacity)
        {
            _byText.Clear();
        }

        return _byText.GetOrAdd(query, _ => new PreparedDocument(schema, document));
    }

    public PreparedDocument For(DocumentNode document) => _byDocument.GetValue(document, d => new PreparedDocument(schema, d));
}
