using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>The executor's <see cref="IResolverContext"/>: one per resolver call.</summary>
internal sealed class ResolverContext(OperationContext operation, CollectedField collected, ObjectType parentType, object? parent, IReadOnlyDictionary<string, object?> arguments, ResponsePath path)
    : IResolverContext
{
    public Schema Schema => operation.Schema;

    public object? Parent { get; } = parent;

    public ObjectType ParentType { get; } = parentType;

    public FieldDefinition Field => collected.Definition;

    public IReadOnlyList<FieldNode> FieldNodes => collected.Nodes;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public ResponsePath Path { get; } = path;

    public OperationDefinitionNode Operation => operation.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => operation.Fragments;

    public IReadOnlyDictionary<string, object?> Variables => operation.Variables;

    public IServiceProvider Services => operation.Services;

    public CancellationToken CancellationToken => operation.CancellationToken;

    public IDictionary<string, object?> ContextData => operation.ContextData;

    public T? ArgumentValue<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }

        return value is T typed ? typed : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<SelectedField> GetSelections(ObjectType type)
    {
        var subfields = operation.Collector.CollectSubfields(type, collected, operation.Variables);
        var selections = new SelectedField[subfields.Count];
        for (var i = 0; i < selections.Length; i++)
        {
            selections[i] = new SelectedField(subfields[i].ResponseKey, subfields[i].Definition, subfields[i].Nodes);
        }

        return selections;
    }

    public void ReportError(GraphQLError error) => operation.AddError(
        error.Path is null ? error.WithPath(Path.ToList()) : error);
}
