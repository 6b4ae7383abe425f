using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Types;

// Spec §3.3 Schema
/// <summary>
/// A schema: its root operation types, every type reachable from them (plus any listed
/// explicitly), the built-in scalars, and its directives. Build it once and share it: it is
/// read-only in use.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, List<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, List<InterfaceType>> _implementingInterfaces = [];

    /// <summary>Collects the types reachable from the roots and <paramref name="types"/>.</summary>
    /// <param name="query">The query root type.</param>
    /// <param name="mutation">The mutation root type, if the schema has mutations.</param>
    /// <param name="subscription">The subscription root type, if the schema has subscriptions.</param>
    /// <param name="types">Types to include even if no field reaches them (e.g. implementations of an interface).</param>
    /// <param name="directives">The directives; when null, the spec's directives (<see cref="SpecifiedDirectives.All"/>).</param>
    /// <param name="description">The schema's description.</param>
    /// <exception cref="ArgumentException">When two different types share a name.</exception>
    public Schema(
        ObjectType query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;

        foreach (var directive in directives ?? SpecifiedDirectives.All)
        {
            _directives[directive.Name] = directive;
        }

        // Listed types first, in their order, as graphql-js does: printSchema then follows the SDL's order.
        var listed = types?.ToList() ?? [];
        foreach (var type in listed)
        {
            Register(type);
        }

        var visited = new HashSet<NamedType>();
        foreach (var type in listed)
        {
            Collect(type, visited);
        }

        Collect(query, visited);
        if (mutation is not null)
        {
            Collect(mutation, visited);
        }

        if (subscription is not null)
        {
            Collect(subscription, visited);
        }

        foreach (var directive in _directives.Values)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.GetNamedType(), visited);
            }
        }

        foreach (var scalar in BuiltInScalars.All)
        {
            // The spec's scalars exist in every schema, so introspection and variables can name them.
            _types.TryAdd(scalar.Name, scalar);
        }

        foreach (var type in Introspection.IntrospectionTypes.All)
        {
            Collect(type, visited);
        }

        IndexPossibleTypes();
    }

    /// <summary>The query root type.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The mutation root type, if any.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, if any.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>The schema's description.</summary>
    public string? Description { get; set; }

    /// <summary>The SDL schema definition the schema was built from, if any.</summary>
    public SchemaDefinitionNode? AstNode { get; set; }

    /// <summary>The SDL schema extensions applied, if any.</summary>
    public List<SchemaExtensionNode> ExtensionAstNodes { get; } = [];

    /// <summary>Every named type by name, built-in and introspection types included.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => _types;

    /// <summary>Every directive by name.</summary>
    public IReadOnlyCollection<DirectiveDefinition> Directives => _directives.Values;

    /// <summary>The root type of an operation kind, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>Finds a type by name.</summary>
    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>Finds a directive by name (without the <c>@</c>).</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The object types a value of an interface or union type may have; for an object type, itself.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType type) => type switch
    {
        ObjectType objectType => [objectType],
        _ => _possibleTypes.TryGetValue(type, out var possible) ? possible : [],
    };

    /// <summary>The interface types that implement an interface type.</summary>
    public IReadOnlyList<InterfaceType> GetImplementingInterfaces(InterfaceType type) =>
        _implementingInterfaces.TryGetValue(type, out var implementations) ? implementations : [];

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type of <paramref name="abstractType"/> (spec's IsSubType for abstract types).</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => maybeSubType switch
    {
        ObjectType objectType => GetPossibleTypes(abstractType).Contains(objectType),
        InterfaceType interfaceType when abstractType is InterfaceType parent => GetImplementingInterfaces(parent).Contains(interfaceType),
        _ => false,
    };

    private void Register(NamedType type)
    {
        if (!_types.TryAdd(type.Name, type) && !ReferenceEquals(_types[type.Name], type))
        {
            throw new ArgumentException($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
        }
    }

    private void Collect(NamedType type, HashSet<NamedType> visited)
    {
        if (!visited.Add(type))
        {
            return;
        }

        Register(type);
        switch (type)
        {
            case IComplexOutputType complex:
                foreach (var implemented in complex.Interfaces)
                {
                    Collect(implemented, visited);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.GetNamedType(), visited);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.GetNamedType(), visited);
                    }
                }

                break;
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, visited);
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.GetNamedType(), visited);
                }

                break;
        }
    }

    private void IndexPossibleTypes()
    {
        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case ObjectType objectType:
                    foreach (var implemented in objectType.Interfaces)
                    {
                        PossibleTypesOf(implemented).Add(objectType);
                    }

                    break;
                case InterfaceType interfaceType:
                    foreach (var implemented in interfaceType.Interfaces)
                    {
                        if (!_implementingInterfaces.TryGetValue(implemented, out var list))
                        {
                            _implementingInterfaces[implemented] = list = [];
                        }

                        list.Add(interfaceType);
                    }

                    break;
                case UnionType union:
                    PossibleTypesOf(union).AddRange(union.Types);
                    break;
            }
        }
    }

    private List<ObjectType> PossibleTypesOf(NamedType abstractType)
    {
        if (!_possibleTypes.TryGetValue(abstractType, out var list))
        {
            _possibleTypes[abstractType] = list = [];
        }

        return list;
    }
}
