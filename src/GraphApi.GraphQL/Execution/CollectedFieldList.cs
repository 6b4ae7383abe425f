using System.Collections;
using System.Text.Json;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// The fields collected for one selection on one object type, with their response keys in one array that every
/// <see cref="ResultMap"/> built from them shares: a list of 50 objects would otherwise copy the keys 50 times.
/// </summary>
internal sealed class CollectedFieldList : IReadOnlyList<CollectedField>
{
    private readonly CollectedField[] _fields;

    public CollectedFieldList(List<CollectedField> fields)
    {
        _fields = [.. fields];
        ResponseKeys = Array.ConvertAll(_fields, field => field.ResponseKey);
        EncodedResponseKeys = Array.ConvertAll(ResponseKeys, key => JsonEncodedText.Encode(key, MinimalJsonEncoder.Instance));
    }

    /// <summary>The response keys, in field order; never modified.</summary>
    public string[] ResponseKeys { get; }

    /// <summary>The response keys as JSON property names, encoded once for every response written from this selection.</summary>
    public JsonEncodedText[] EncodedResponseKeys { get; }

    public int Count => _fields.Length;

    public CollectedField this[int index] => _fields[index];

    public IEnumerator<CollectedField> GetEnumerator() => ((IEnumerable<CollectedField>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _fields.GetEnumerator();
}
