using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Connectors.Tests;

/// <summary>GraphApi on a loopback port (the connector runs in another process), on an empty SQLite file of its own, its ServiceNow receiver on.</summary>
public sealed class ConnectorApiFactory : ApiFactory
{
    public const string ServiceNowReceiverSecret = "sn-receiver-secret";

    public ConnectorApiFactory() => UseKestrel(0);

    protected override bool SeedDemo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Receivers:ServiceNow:Secret", ServiceNowReceiverSecret);
    }

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
