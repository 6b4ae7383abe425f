using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace GraphApi.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Documents registered ahead of time (every <c>*.graphql</c> file of a folder), each known by the
/// lowercase hex SHA-256 of its UTF-8 text, so clients may send <c>{"id": "…"}</c> instead of a query.
/// </summary>
public sealed class PersistedOperationStore
{
    private readonly FrozenDictionary<string, string> _documents;

    /// <summary>Creates a store from documents keyed by their hash.</summary>
    public PersistedOperationStore(IEnumerable<string> documents)
    {
        _documents = documents.DistinctBy(Hash).ToFrozenDictionary(Hash, document => document, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How many documents are registered.</summary>
    public int Count => _documents.Count;

    /// <summary>Reads every <c>*.graphql</c> file below a folder (none when the folder does not exist).</summary>
    public static PersistedOperationStore FromDirectory(string path) =>
        new(Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)
            : []);

    /// <summary>The lowercase hex SHA-256 of a document's UTF-8 text.</summary>
    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>Finds a document by id.</summary>
    public bool TryGet(string id, out string document) => _documents.TryGetValue(id, out document!);

    /// <summary>Whether the document text is registered.</summary>
    public bool Contains(string document) => _documents.ContainsKey(Hash(document));
}
