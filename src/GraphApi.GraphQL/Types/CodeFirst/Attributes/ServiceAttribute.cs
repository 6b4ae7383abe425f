namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>Binds a resolver parameter to a service from the request's <see cref="IServiceProvider"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;
