using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Api;

/// <summary>The API fixture with its logs captured: EF Core's from Information up (its executed commands), everything else from Warning up.</summary>
public class LoggedApiFactory : ApiFactory
{
    public LoggedApiFactory()
    {
    }

    protected LoggedApiFactory(ITestDatabase database)
        : base(database)
    {
    }

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            logging.AddFilter<CapturedLogs>(null, LogLevel.Warning);
            logging.AddFilter<CapturedLogs>("Microsoft.EntityFrameworkCore", LogLevel.Information);
        });
    }
}
