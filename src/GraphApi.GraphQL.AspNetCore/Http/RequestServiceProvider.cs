using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.GraphQL.AspNetCore.Http;

/// <summary>
/// The request's services for resolvers, reached only when one asks: <c>HttpContext.RequestServices</c> creates a service
/// scope per request on first use, and most requests' resolvers need none.
/// </summary>
internal sealed class RequestServiceProvider(HttpContext context) : IKeyedServiceProvider
{
    public object? GetService(Type serviceType) => context.RequestServices.GetService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) =>
        context.RequestServices is IKeyedServiceProvider keyed ? keyed.GetKeyedService(serviceType, serviceKey) : null;

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
        context.RequestServices is IKeyedServiceProvider keyed
            ? keyed.GetRequiredKeyedService(serviceType, serviceKey)
            : throw new InvalidOperationException("The request's service provider does not support keyed services.");
}
