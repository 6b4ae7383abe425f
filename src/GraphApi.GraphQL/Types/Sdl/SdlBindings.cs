using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Types.Sdl;

/// <summary>What runs behind a schema written in SDL: field resolvers, subscription streams, type resolvers, scalar implementations and enum values.</summary>
public sealed class SdlBindings
{
    internal Dictionary<(string Type, string Field), FieldResolver> Resolvers { get; } = [];

    internal Dictionary<(string Type, string Field), SubscribeResolver> Subscriptions { get; } = [];

    internal Dictionary<string, TypeResolver> TypeResolvers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, ScalarType> Scalars { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Func<string, object>> EnumValues { get; } = new(StringComparer.Ordinal);

    /// <summary>Resolves <c>type.field</c> with <paramref name="resolver"/>; fields without one read the parent's property or dictionary entry.</summary>
    public SdlBindings Resolve(string type, string field, FieldResolver resolver)
    {
        Resolvers[(type, field)] = resolver;
        return this;
    }

    /// <summary>Resolves <c>type.field</c> with a synchronous function of the context.</summary>
    public SdlBindings Resolve(string type, string field, Func<IResolverContext, object?> resolver) =>
        Resolve(type, field, context => new ValueTask<object?>(resolver(context)));

    /// <summary>Gives the subscription field <c>type.field</c> its source stream; each event is the field's value unless a resolver is bound too.</summary>
    public SdlBindings Subscribe(string type, string field, SubscribeResolver subscribe)
    {
        Subscriptions[(type, field)] = subscribe;
        return this;
    }

    /// <summary>Picks the object type of values returned for an interface or union.</summary>
    public SdlBindings ResolveType(string abstractType, TypeResolver resolver)
    {
        TypeResolvers[abstractType] = resolver;
        return this;
    }

    /// <summary>Implements a scalar the SDL declares; undeclared implementations are ignored, unimplemented scalars pass values through.</summary>
    public SdlBindings Scalar(ScalarType scalar)
    {
        Scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Maps an enum's values to runtime values (by default each value is its name).</summary>
    public SdlBindings EnumValue(string enumType, Func<string, object> runtimeValue)
    {
        EnumValues[enumType] = runtimeValue;
        return this;
    }
}
