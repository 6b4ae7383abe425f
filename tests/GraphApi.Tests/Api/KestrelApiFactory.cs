using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Api;

/// <summary>The API on a real loopback port, for clients outside the process (the graphql-ws oracle).</summary>
public class KestrelApiFactory : ApiFactory
{
    public KestrelApiFactory()
        : this(new TempDatabase())
    {
    }

    protected KestrelApiFactory(ITestDatabase database)
        : base(database) => UseKestrel(0);

    /// <summary>The GraphQL endpoint's address.</summary>
    public Uri Endpoint
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), "/graphql");
        }
    }
}
