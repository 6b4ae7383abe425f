using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace GraphApi.Tests.Security;

/// <summary>The Kestrel-hosted API with tight limits: 2 sockets per key, 3 per address, 2 operations per socket, 1 event stream per key, 8 KiB bodies; customers' buckets hold 60 cost and refill by 1 an hour.</summary>
public sealed class LimitedApiFactory : KestrelApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:Limits:MaxWebSocketsPerKey", "2");
        builder.UseSetting("Security:Limits:MaxWebSocketsPerAddress", "3");
        builder.UseSetting("Security:Limits:MaxOperationsPerWebSocket", "2");
        builder.UseSetting("Security:Limits:MaxEventStreamsPerKey", "1");
        builder.UseSetting("Security:Limits:MaxRequestBodyBytes", "8192");
        builder.UseSetting("Security:RateLimits:Roles:Customer:TokenLimit", "60");
        builder.UseSetting("Security:RateLimits:Roles:Customer:TokensPerPeriod", "1");
        builder.UseSetting("Security:RateLimits:Roles:Customer:ReplenishmentPeriod", "01:00:00");
    }
}
