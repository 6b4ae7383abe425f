using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.GraphQL.AspNetCore.Http;

/// <summary>
/// The request's services for resolvers, reached only when one asks: <c>HttpContext.RequestServices</c> creates a service
/// scope per request on first use, and most requests' resolvers need none. Resolvers may run concurrently, and the
/// scope's creation is not thread-safe, so the first use is serialized here.
/// </summary>
internal sealed class RequestServiceProvider(HttpContext context) : IKeyedServiceProvider
{
    private readonly Lock _creating = new();
    private IServiceProvider? _services;

    public object? GetService(Type serviceType) => Services.GetService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) =>
        Services is IKeyedServiceProvider keyed ? keyed.GetKeyedService(serviceType, serviceKey) : null;

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
        Services is IKeyedServiceProvider keyed
            ? keyed.GetRequiredKeyedService(serviceType, serviceKey)
            : throw new InvalidOperationException("The request's service provider does not support keyed services.");

    private IServiceProvider Services => Volatile.Read(ref _services) ?? Create();

    private IServiceProvider Create()
    {
        lock (_creating)
        {
            _services ??= context.RequestServices;
            return _services;
        }
    }
}
