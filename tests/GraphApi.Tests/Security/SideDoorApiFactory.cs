using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace GraphApi.Tests.Security;

/// <summary>The Kestrel-hosted API without the failed-key throttle in the way: the side-door tests send hundreds of bad keys from one address and expect each to get its 401.</summary>
public class SideDoorApiFactory : KestrelApiFactory
{
    public SideDoorApiFactory()
    {
    }

    protected SideDoorApiFactory(ITestDatabase database)
        : base(database)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RateLimits:FailedAuthentication:PermitLimit", "1000000");
    }
}
