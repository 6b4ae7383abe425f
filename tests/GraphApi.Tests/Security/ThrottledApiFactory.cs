using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace GraphApi.Tests.Security;

/// <summary>The Kestrel-hosted API whose addresses may fail authentication 3 times an hour.</summary>
public sealed class ThrottledApiFactory : KestrelApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RateLimits:FailedAuthentication:PermitLimit", "3");
        builder.UseSetting("Security:RateLimits:FailedAuthentication:Window", "01:00:00");
    }
}
