using System.Collections.Concurrent;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>A parsed document with what is worth keeping across requests: its validation result, fragments and field collections.</summary>
internal sealed class PreparedDocument
{
    public PreparedDocument(Schema schema, DocumentNode document)
    {
        Document = document;
        var fragments = CollectFragments(document);
        Fragments = fragments;
        Collector = new FieldCollector(schema, fragments);
    }

    public DocumentNode Document { get; }

    /// <summary>Set once the document has been validated against the schema.</summary>
    public IReadOnlyList<GraphQLError>? ValidationErrors { get; set; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public FieldCollector Collector { get; }

    /// <summary>The depth and cost of operations whose measure no variable influenced.</summary>
    public ConcurrentDictionary<OperationDefinitionNode, (int Depth, long Cost)> Measures { get; } = new();

    /// <summary>The field definitions each operation may select, for <see cref="ExecutionOptions.AdmitOperation"/>.</summary>
    public ConcurrentDictionary<OperationDefinitionNode, IReadOnlyCollection<FieldDefinition>> Fields { get; } = new();

    private static Dictionary<string, FragmentDefinitionNode> CollectFragments(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return fragments;
    }
}
