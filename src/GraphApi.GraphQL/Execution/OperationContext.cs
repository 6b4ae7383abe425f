using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>Everything one execution of an operation shares: schema, document, variables, services and the errors found.</summary>
internal sealed class OperationContext(
    Schema schema,
    OperationDefinitionNode operation,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    FieldCollector collector,
    IReadOnlyDictionary<string, object?> variables,
    ExecutionRequest request,
    ExecutionOptions options,
    CancellationToken cancellationToken)
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _errorsLock = new();
    private static readonly ConditionalWeakTable<FieldNode, CoercedLiterals> LiteralArguments = new();

    private readonly Dictionary<(FieldDefinition, FieldNode), IReadOnlyDictionary<string, object?>> _arguments = [];

    public Schema Schema { get; } = schema;

    public OperationDefinitionNode Operation { get; } = operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = fragments;

    public FieldCollector Collector { get; } = collector;

    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

    public ExecutionRequest Request { get; } = request;

    public ExecutionOptions Options { get; } = options;

    public IServiceProvider Services { get; } = request.Services ?? EmptyServiceProvider.Instance;

    public IDictionary<string, object?> ContextData { get; } = request.ContextData ?? new Dictionary<string, object?>();

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errorsLock)
            {
                return [.. _errors];
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errorsLock)
        {
            _errors.Add(error);
        }
    }

    /// <summary>
    /// The coerced arguments of a field node, coerced once per operation: a field inside a list (such as
    /// each request's <c>interactions(first: 3, order: ...)</c>) has the same arguments for every element, as variables
    /// are fixed for the operation.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ArgumentsOf(FieldDefinition definition, FieldNode node)
    {
        if (definition.Arguments.Count == 0)
        {
            return InputCoercion.NoArguments;
        }

        var literal = LiteralArguments.GetValue(node, static n => new CoercedLiterals(n));
        if (!literal.UsesVariables)
        {
            return literal.ByDefinition.GetOrAdd(
                definition,
                static (d, n) => InputCoercion.CoerceArgumentValues(d.Arguments, n.Arguments, n, InputCoercion.NoArguments),
                node);
        }

        lock (_arguments)
        {
            if (_arguments.TryGetValue((definition, node), out var cached))
            {
                return cached;
            }
        }

        var arguments = InputCoercion.CoerceArgumentValues(definition.Arguments, node.Arguments, node, Variables);
        lock (_arguments)
        {
            _arguments[(definition, node)] = arguments;
        }

        return arguments;
    }

    /// <summary>
    /// Arguments written without variables coerce to the same values in every operation of the document, so they are
    /// coerced once per field node and field for all of them (a dashboard's literal <c>where</c> and <c>order</c>, say).
    /// </summary>
    private sealed class CoercedLiterals(FieldNode node)
    {
        public bool UsesVariables { get; } = node.Arguments.Any(argument => HasVariable(argument.Value));

        public ConcurrentDictionary<FieldDefinition, IReadOnlyDictionary<string, object?>> ByDefinition { get; } = new();

        private static bool HasVariable(IValueNode value) => value switch
        {
            VariableNode => true,
            ListValueNode list => list.Values.Any(HasVariable),
            ObjectValueNode obj => obj.Fields.Any(field => HasVariable(field.Value)),
            _ => false,
        };
    }

    /// <summary>The same operation for one more subscription event, with no errors yet.</summary>
    public OperationContext ForEvent() => new(Schema, Operation, Fragments, Collector, Variables, Request, Options, CancellationToken);

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static EmptyServiceProvider Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
