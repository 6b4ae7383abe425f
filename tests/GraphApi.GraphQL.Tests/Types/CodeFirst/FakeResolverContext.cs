using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Types.CodeFirst;

/// <summary>A resolver context with only what compiled resolvers read, to call them without an executor.</summary>
internal sealed class FakeResolverContext(Schema schema, ObjectType parentType, FieldDefinition field) : IResolverContext
{
    public Schema Schema { get; } = schema;

    public object? Parent { get; init; }

    public ObjectType ParentType { get; } = parentType;

    public FieldDefinition Field { get; } = field;

    public IReadOnlyList<FieldNode> FieldNodes { get; } = [];

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public ResponsePath Path { get; } = ResponsePath.Root(field.Name);

    public OperationDefinitionNode Operation => throw new NotSupportedException("Not needed by compiled resolvers.");

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = new Dictionary<string, FragmentDefinitionNode>();

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public IServiceProvider Services { get; init; } = new DictionaryServiceProvider();

    public CancellationToken CancellationToken { get; init; }

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public T? ArgumentValue<T>(string name) => Arguments.TryGetValue(name, out var value) ? (T?)value : default;

    public IReadOnlyList<SelectedField> GetSelections(ObjectType type) => [];

    public void ReportError(GraphQLError error) => throw new NotSupportedException("Not needed by compiled resolvers.");

    public static async Task<object?> Resolve(Schema schema, string typeName, string fieldName, object? parent = null, Dictionary<string, object?>? arguments = null, IServiceProvider? services = null)
    {
        var type = (ObjectType)schema.GetType(typeName)!;
        var field = type.Fields.Find(fieldName)!;
        var context = new FakeResolverContext(schema, type, field)
        {
            Parent = parent,
            Arguments = arguments ?? [],
            Services = services ?? new DictionaryServiceProvider(),
        };
        return await field.Resolver!(context);
    }
}

/// <summary>A service provider over a dictionary of instances.</summary>
internal sealed class DictionaryServiceProvider(params object[] services) : IServiceProvider
{
    public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
}
