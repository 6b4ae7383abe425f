using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>Maps CLR types to GraphQL types for one build, each CLR type once, cycles included.</summary>
internal sealed class ClrTypeRegistry(
    IReadOnlyDictionary<Type, ScalarType> scalarBindings,
    IReadOnlyList<ScalarType> scalars,
    IReadOnlySet<Type> serviceTypes)
{
    private readonly List<(FieldDefinition Field, MemberInfo Member, Type ReturnType)> _configurations = [];

    private static readonly HashSet<string> ObjectMethodNames = ["Equals", "GetHashCode", "GetType", "ToString", "Deconstruct"];

    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<Type, NamedType> _outputTypes = [];
    private readonly Dictionary<Type, InputObjectType> _inputTypes = [];
    private readonly Dictionary<Type, EnumType> _enumTypes = [];
    private readonly List<(UnionType Union, Type Marker)> _unions = [];

    /// <summary>The object type of a root operation type.</summary>
    public ObjectType RootType(Type clrType, string defaultName, bool isSubscription)
    {
        var name = clrType.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? defaultName;
        var type = new ObjectType(name, Description(clrType)) { RuntimeType = clrType };
        _outputTypes[clrType] = type;
        var fallback = new Lazy<object>(() => Activator.CreateInstance(clrType)
            ?? throw new InvalidOperationException($"Cannot create the root type {clrType}."));
        Func<IResolverContext, object?> instance = context =>
            clrType.IsInstanceOfType(context.Parent) ? context.Parent : context.Services.GetService(clrType) ?? fallback.Value;
        AddFields(type.Fields, clrType, instance, isSubscription);
        return type;
    }

    /// <summary>The GraphQL output type (object, interface, union, enum or scalar) of a CLR type.</summary>
    public NamedType OutputType(Type clrType)
    {
        if (_outputTypes.TryGetValue(clrType, out var known))
        {
            return known;
        }

        if (Leaf(clrType) is { } leaf)
        {
            return leaf;
        }

        if (clrType.IsInterface && clrType.IsDefined(typeof(GraphQLUnionAttribute)))
        {
            var union = new UnionType(NameConventions.TypeName(clrType), Description(clrType));
            _outputTypes[clrType] = union;
            union.ResolveType = (value, _) => ResolveObjectType(value);
            _unions.Add((union, clrType));
            return union;
        }

        if (clrType.IsInterface)
        {
            var contract = new InterfaceType(NameConventions.TypeName(clrType), Description(clrType));
            _outputTypes[clrType] = contract;
            contract.Interfaces.AddRange(ImplementedInterfaces(clrType));
            contract.ResolveType = (value, _) => ResolveObjectType(value);
            AddFields(contract.Fields, clrType, context => context.Parent, isSubscription: false);
            return contract;
        }

        var type = new ObjectType(NameConventions.TypeName(clrType), Description(clrType)) { RuntimeType = clrType };
        _outputTypes[clrType] = type;
        type.Interfaces.AddRange(ImplementedInterfaces(clrType));
        AddFields(type.Fields, clrType, context => context.Parent, isSubscription: false);
        return type;
    }

    /// <summary>Every type made, after the unions have collected their members.</summary>
    public IReadOnlyList<NamedType> Complete()
    {
        var configurations = _configurations.ConvertAll(configuration => (Context: ConfigurationContext(configuration.Field, configuration.Member, configuration.ReturnType),
            Attributes: configuration.Member.GetCustomAttributes<FieldConfigurationAttribute>(inherit: true).OrderBy(a => a.Order).ToList()));

        // Attributes of order 0 or less shape a field itself (its type, say an id's): all of them run before any middleware reads the types.
        foreach (var (context, attributes) in configurations)
        {
            foreach (var attribute in attributes.Where(a => a.Order <= 0))
            {
                attribute.Configure(context);
            }
        }

        foreach (var (context, attributes) in configurations)
        {
            foreach (var attribute in attributes.Where(a => a.Order > 0))
            {
                attribute.Configure(context);
            }
        }

        _configurations.Clear();

        foreach (var (union, marker) in _unions)
        {
            foreach (var (clrType, type) in _outputTypes)
            {
                if (type is ObjectType member && marker.IsAssignableFrom(clrType) && !clrType.IsInterface)
                {
                    union.Types.Add(member);
                }
            }
        }

        return [.. _outputTypes.Values, .. _inputTypes.Values, .. _enumTypes.Values, .. scalars];
    }

    private FieldConfigurationContext ConfigurationContext(FieldDefinition field, MemberInfo member, Type returnType)
    {
        var type = returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? returnType.GetGenericArguments()[0]
            : returnType;
        var element = type == typeof(string) ? type : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? type;
        return new FieldConfigurationContext(field, member, element, OutputType(element));
    }

    private IEnumerable<InterfaceType> ImplementedInterfaces(Type clrType)
    {
        foreach (var implemented in clrType.GetInterfaces())
        {
            if (implemented.IsDefined(typeof(GraphQLInterfaceAttribute)))
            {
                yield return (InterfaceType)OutputType(implemented);
            }
        }
    }

    private ObjectType? ResolveObjectType(object value)
    {
        for (var type = value.GetType(); type is not null; type = type.BaseType)
        {
            if (_outputTypes.GetValueOrDefault(type) is ObjectType objectType)
            {
                return objectType;
            }
        }

        return null;
    }

    private void AddFields(FieldCollection fields, Type clrType, Func<IResolverContext, object?> instance, bool isSubscription)
    {
        foreach (var property in Properties(clrType))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true } || Ignored(property))
            {
                continue;
            }

            var field = new FieldDefinition(NameConventions.FieldName(property), Output(property.PropertyType, _nullability.Create(property), property))
            {
                Description = Description(property),
                DeprecationReason = DeprecationReason(property),
            };
            if (!clrType.IsInterface)
            {
                var read = ResolverCompiler.ForProperty(property);
                field.SetParentOnlyResolver(context => new ValueTask<object?>(read(context.Parent)), read);
            }

            fields.Add(field);
            if (!clrType.IsInterface && property.IsDefined(typeof(FieldConfigurationAttribute), inherit: true))
            {
                _configurations.Add((field, property, property.PropertyType));
            }
        }

        foreach (var method in Methods(clrType))
        {
            var returnType = method.ReturnType;
            if (returnType == typeof(void) || returnType == typeof(Task) || returnType == typeof(ValueTask))
            {
                throw new InvalidOperationException($"{clrType.Name}.{method.Name} returns no value; a GraphQL field must return one.");
            }

            var eventType = isSubscription ? AsyncStreamItem(returnType) : null;
            var returnShape = _nullability.Create(method.ReturnParameter);
            var field = new FieldDefinition(NameConventions.FieldName(method), Output(returnType, returnShape, method))
            {
                Description = Description(method),
                DeprecationReason = DeprecationReason(method),
            };

            foreach (var parameter in method.GetParameters())
            {
                if (Binding(parameter) == ParameterBinding.Argument)
                {
                    field.Arguments.Add(Argument(parameter));
                }
            }

            if (eventType is not null)
            {
                field.Subscribe = ResolverCompiler.ForSubscription(method, eventType, instance, Bind);
                field.Resolver = ResolverCompiler.EventResolver;
            }
            else if (!clrType.IsInterface)
            {
                field.Resolver = ResolverCompiler.ForMethod(method, instance, Bind);
            }

            fields.Add(field);
            if (method.IsDefined(typeof(FieldConfigurationAttribute), inherit: true))
            {
                _configurations.Add((field, method, returnType));
            }
        }
    }

    private static IEnumerable<PropertyInfo> Properties(Type clrType) => clrType.IsInterface
        ? clrType.GetInterfaces().Prepend(clrType).SelectMany(type => type.GetProperties())
        : clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static IEnumerable<MethodInfo> Methods(Type clrType)
    {
        var methods = clrType.IsInterface
            ? clrType.GetInterfaces().Prepend(clrType).SelectMany(type => type.GetMethods())
            : clrType.GetMethods(BindingFlags.Public | BindingFlags.Instance);
        return methods.Where(method =>
            !method.IsSpecialName
            && !method.IsGenericMethodDefinition
            && method.DeclaringType != typeof(object)
            && !ObjectMethodNames.Contains(method.Name)
            && !method.Name.Contains('<')
            && !method.IsDefined(typeof(CompilerGeneratedAttribute))
            && !Ignored(method));
    }

    private static Type? AsyncStreamItem(Type type)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            type = type.GetGenericArguments()[0];
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>) ? type.GetGenericArguments()[0] : null;
    }

    private enum ParameterBinding
    {
        Argument,
        CancellationToken,
        Context,
        Parent,
        Service,
    }

    private ParameterBinding Binding(ParameterInfo parameter) => parameter switch
    {
        _ when parameter.ParameterType == typeof(CancellationToken) => ParameterBinding.CancellationToken,
        _ when parameter.ParameterType == typeof(IResolverContext) => ParameterBinding.Context,
        _ when parameter.IsDefined(typeof(ParentAttribute)) => ParameterBinding.Parent,
        _ when parameter.IsDefined(typeof(ServiceAttribute)) || serviceTypes.Contains(parameter.ParameterType) => ParameterBinding.Service,
        _ => ParameterBinding.Argument,
    };

    private Expression Bind(ParameterInfo parameter, Expression context) => Binding(parameter) switch
    {
        ParameterBinding.CancellationToken => Expression.Property(context, nameof(IResolverContext.CancellationToken)),
        ParameterBinding.Context => context,
        ParameterBinding.Parent => ResolverCompiler.Unbox(Expression.Property(context, nameof(IResolverContext.Parent)), parameter.ParameterType),
        ParameterBinding.Service => Expression.Call(
            typeof(ClrTypeRegistry).GetMethod(nameof(Service), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(parameter.ParameterType),
            context),
        _ => Expression.Call(
            typeof(ClrTypeRegistry).GetMethod(nameof(ArgumentValue), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(parameter.ParameterType),
            context,
            Expression.Constant(NameConventions.ArgumentName(parameter)),
            Expression.Constant(ClrValueConverter.For(parameter.ParameterType))),
    };

    private static T Service<T>(IResolverContext context) => (T?)context.Services.GetService(typeof(T))
        ?? throw new InvalidOperationException($"No service of type {typeof(T).Name} is registered for field \"{context.ParentType.Name}.{context.Field.Name}\".");

    private static T ArgumentValue<T>(IResolverContext context, string name, Func<object?, object?> convert) =>
        context.Arguments.TryGetValue(name, out var value) && convert(value) is { } converted ? (T)converted : default!;

    private InputValueDefinition Argument(ParameterInfo parameter)
    {
        var type = Input(parameter.ParameterType, _nullability.Create(parameter), parameter);
        return new InputValueDefinition(NameConventions.ArgumentName(parameter), type)
        {
            Description = parameter.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            DeprecationReason = DeprecationReason(parameter),
            DefaultValue = parameter.HasDefaultValue ? DefaultLiteral(parameter.DefaultValue, type) : null,
        };
    }

    private static IValueNode DefaultLiteral(object? value, GraphQLType type)
    {
        if (value is null)
        {
            return new NullValueNode();
        }

        return type.GetNamedType() switch
        {
            EnumType enumType => new EnumValueNode { Value = enumType.FindByRuntimeValue(value)?.Name ?? value.ToString()! },
            ScalarType scalar => scalar.ValueToLiteral(value),
            var other => throw new InvalidOperationException($"A default value of type {other.Name} cannot be expressed in C#."),
        };
    }

    private GraphQLType Output(Type clrType, NullabilityInfo nullability, ICustomAttributeProvider member) =>
        Wrap(ClrTypeShape.Describe(clrType, nullability), member, OutputType);

    private GraphQLType Input(Type clrType, NullabilityInfo nullability, ICustomAttributeProvider member) =>
        Wrap(ClrTypeShape.Describe(clrType, nullability), member, InputType);

    private GraphQLType Wrap(ClrTypeShape shape, ICustomAttributeProvider member, Func<Type, NamedType> named)
    {
        GraphQLType type = shape.Item is { } item
            ? new ListType(Wrap(item, member, named))
            : Override(member) ?? named(shape.ClrType);
        return shape.IsNullable ? type : new NonNullType(type);
    }

    private ScalarType? Override(ICustomAttributeProvider member)
    {
        if (member.IsDefined(typeof(IDAttribute), false))
        {
            return BuiltInScalars.ID;
        }

        if (member.GetCustomAttributes(typeof(GraphQLTypeAttribute), false) is [GraphQLTypeAttribute { ScalarType: var scalarClass }, ..])
        {
            return scalars.FirstOrDefault(scalarClass.IsInstanceOfType)
                ?? (ScalarType?)Activator.CreateInstance(scalarClass)
                ?? throw new InvalidOperationException($"Cannot create scalar {scalarClass}.");
        }

        return null;
    }

    private NamedType InputType(Type clrType)
    {
        if (Leaf(clrType) is { } leaf)
        {
            return leaf;
        }

        if (_inputTypes.TryGetValue(clrType, out var known))
        {
            return known;
        }

        if (clrType.IsInterface || clrType.IsAbstract)
        {
            throw new InvalidOperationException($"{clrType} is abstract and cannot be a GraphQL input type.");
        }

        var defaultName = NameConventions.TypeName(clrType);
        var name = clrType.IsDefined(typeof(GraphQLNameAttribute), false) || defaultName.EndsWith("Input", StringComparison.Ordinal)
            ? defaultName
            : defaultName + "Input";
        var input = new InputObjectType(name, Description(clrType))
        {
            IsOneOf = clrType.IsDefined(typeof(OneOfAttribute)),
            RuntimeType = clrType,
        };
        _inputTypes[clrType] = input;

        var constructor = clrType.GetConstructors().OrderByDescending(candidate => candidate.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Input type {clrType} has no public constructor.");
        var constructorParameters = constructor.GetParameters();
        var properties = clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && !Ignored(property)
                && (property.SetMethod is { IsPublic: true } || constructorParameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase))))
            .ToList();

        var setters = new List<(string Name, Action<object, object?> Set, Func<object?, object?> Convert)>();
        foreach (var property in properties)
        {
            var fieldName = NameConventions.FieldName(property);
            input.Fields.Add(new InputValueDefinition(fieldName, Input(property.PropertyType, _nullability.Create(property), property))
            {
                Description = Description(property),
                DeprecationReason = DeprecationReason(property),
            });
            if (!constructorParameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)))
            {
                setters.Add((fieldName, ResolverCompiler.ForSetter(property), ClrValueConverter.For(property.PropertyType)));
            }
        }

        var construct = ResolverCompiler.ForConstructor(constructor);
        var constructorFields = constructorParameters
            .Select(parameter => (
                Name: properties.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)) is { } property
                    ? NameConventions.FieldName(property)
                    : NameConventions.ArgumentName(parameter),
                Convert: ClrValueConverter.For(parameter.ParameterType),
                Default: parameter.HasDefaultValue ? parameter.DefaultValue : null))
            .ToArray();

        input.CreateRuntimeValue = values =>
        {
            var arguments = new object?[constructorFields.Length];
            for (var i = 0; i < constructorFields.Length; i++)
            {
                var (fieldName, convert, fallback) = constructorFields[i];
                arguments[i] = values.TryGetValue(fieldName, out var value) ? convert(value) : fallback;
            }

            var instance = construct(arguments);
            foreach (var (fieldName, set, convert) in setters)
            {
                if (values.TryGetValue(fieldName, out var value))
                {
                    set(instance, convert(value));
                }
            }

            return instance;
        };
        return input;
    }

    private NamedType? Leaf(Type clrType)
    {
        if (scalarBindings.TryGetValue(clrType, out var scalar))
        {
            return scalar;
        }

        if (!clrType.IsEnum)
        {
            return null;
        }

        if (_enumTypes.TryGetValue(clrType, out var known))
        {
            return known;
        }

        var enumType = new EnumType(NameConventions.TypeName(clrType), Description(clrType));
        foreach (var member in clrType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (Ignored(member))
            {
                continue;
            }

            enumType.Add(new EnumValueDefinition(NameConventions.EnumValueName(member), member.GetValue(null))
            {
                Description = Description(member),
                DeprecationReason = DeprecationReason(member),
            });
        }

        _enumTypes[clrType] = enumType;
        return enumType;
    }

    private static bool Ignored(MemberInfo member) => member.IsDefined(typeof(GraphQLIgnoreAttribute));

    private static string? Description(MemberInfo member) => member.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description;

    private static string? DeprecationReason(ICustomAttributeProvider member) =>
        member.GetCustomAttributes(typeof(GraphQLDeprecatedAttribute), false) is [GraphQLDeprecatedAttribute deprecated, ..]
            ? deprecated.Reason
            : member.GetCustomAttributes(typeof(ObsoleteAttribute), false) is [ObsoleteAttribute obsolete, ..]
                ? obsolete.Message ?? SpecifiedDirectives.DefaultDeprecationReason
                : null;
}
