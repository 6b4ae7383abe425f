namespace GraphApi.GraphQL.Execution;

/// <summary>Produces a field's value for one parent object.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Produces the source event stream of a subscription root field; each event is then resolved like a query.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);

/// <summary>Picks the object type of a runtime value returned for an interface or union field; null when none fits.</summary>
public delegate Types.ObjectType? TypeResolver(object value, IResolverContext context);
