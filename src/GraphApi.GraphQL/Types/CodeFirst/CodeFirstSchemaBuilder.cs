using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>
/// Builds a schema from C# types: classes and records become object types, their public properties and
/// methods fields (<c>GetRequests</c> is <c>requests</c>), enums UPPER_SNAKE enum types, class-typed
/// parameters input types, and <c>IAsyncEnumerable&lt;T&gt;</c> methods of the subscription type
/// subscription fields. Nullability follows the C# annotations. Resolvers are compiled once here.
/// </summary>
/// <remarks>
/// A method on a root type runs on the request's root value when it is of that type, else on the
/// instance the request's services give for the type, else on one instance created (parameterless
/// constructor) when the schema is built. Static members are not exposed.
/// </remarks>
public sealed class CodeFirstSchemaBuilder
{
    private readonly Dictionary<Type, ScalarType> _scalarBindings = new()
    {
        [typeof(string)] = BuiltInScalars.String,
        [typeof(char)] = BuiltInScalars.String,
        [typeof(int)] = BuiltInScalars.Int,
        [typeof(short)] = BuiltInScalars.Int,
        [typeof(ushort)] = BuiltInScalars.Int,
        [typeof(byte)] = BuiltInScalars.Int,
        [typeof(sbyte)] = BuiltInScalars.Int,
        [typeof(long)] = LongType.Instance,
        [typeof(uint)] = LongType.Instance,
        [typeof(double)] = BuiltInScalars.Float,
        [typeof(float)] = BuiltInScalars.Float,
        [typeof(decimal)] = BuiltInScalars.Float,
        [typeof(bool)] = BuiltInScalars.Boolean,
        [typeof(Guid)] = BuiltInScalars.ID,
        [typeof(DateTime)] = DateTimeType.Instance,
        [typeof(DateTimeOffset)] = DateTimeType.Instance,
        [typeof(TimeSpan)] = TimeSpanType.Instance,
    };

    private readonly List<ScalarType> _scalars = [];
    private readonly List<Type> _types = [];
    private readonly HashSet<Type> _serviceTypes = [];
    private Type? _queryType;
    private Type? _mutationType;
    private Type? _subscriptionType;
    private string? _description;

    /// <summary>Uses <typeparamref name="T"/> as the query root type, named <c>Query</c>.</summary>
    public CodeFirstSchemaBuilder AddQueryType<T>() => Set(ref _queryType, typeof(T));

    /// <summary>Uses <typeparamref name="T"/> as the mutation root type, named <c>Mutation</c>.</summary>
    public CodeFirstSchemaBuilder AddMutationType<T>() => Set(ref _mutationType, typeof(T));

    /// <summary>Uses <typeparamref name="T"/> as the subscription root type, named <c>Subscription</c>.</summary>
    public CodeFirstSchemaBuilder AddSubscriptionType<T>() => Set(ref _subscriptionType, typeof(T));

    /// <summary>Includes a type no field reaches, such as an implementation of an interface.</summary>
    public CodeFirstSchemaBuilder AddType<T>() => AddType(typeof(T));

    /// <summary>Includes a type no field reaches, such as an implementation of an interface.</summary>
    public CodeFirstSchemaBuilder AddType(Type type)
    {
        _types.Add(type);
        return this;
    }

    /// <summary>Includes a custom scalar, usable through <see cref="GraphQLTypeAttribute"/> or <see cref="BindRuntimeType{TClr}"/>.</summary>
    public CodeFirstSchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars.Add(scalar);
        return this;
    }

    /// <summary>Maps every use of <typeparamref name="TClr"/> to <paramref name="scalar"/>.</summary>
    public CodeFirstSchemaBuilder BindRuntimeType<TClr>(ScalarType scalar)
    {
        _scalarBindings[typeof(TClr)] = scalar;
        _scalars.Add(scalar);
        return this;
    }

    /// <summary>Resolver parameters of type <typeparamref name="TService"/> come from the request's services, without <see cref="ServiceAttribute"/>.</summary>
    public CodeFirstSchemaBuilder AddService<TService>()
    {
        _serviceTypes.Add(typeof(TService));
        return this;
    }

    /// <summary>Sets the schema's description.</summary>
    public CodeFirstSchemaBuilder SetDescription(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Builds the schema.</summary>
    /// <exception cref="InvalidOperationException">When no query type was added, or a C# type cannot be mapped.</exception>
    public Schema Build()
    {
        if (_queryType is null)
        {
            throw new InvalidOperationException("A schema needs a query type: call AddQueryType<T>() first.");
        }

        var registry = new ClrTypeRegistry(_scalarBindings, _scalars, _serviceTypes);
        var query = registry.RootType(_queryType, "Query", isSubscription: false);
        var mutation = _mutationType is null ? null : registry.RootType(_mutationType, "Mutation", isSubscription: false);
        var subscription = _subscriptionType is null ? null : registry.RootType(_subscriptionType, "Subscription", isSubscription: true);
        foreach (var type in _types)
        {
            registry.OutputType(type);
        }

        return new Schema(query, mutation, subscription, registry.Complete(), description: _description);
    }

    private CodeFirstSchemaBuilder Set(ref Type? slot, Type type)
    {
        slot = type;
        return this;
    }
}
