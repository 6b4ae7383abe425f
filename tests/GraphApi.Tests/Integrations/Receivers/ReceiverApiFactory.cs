using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace GraphApi.Tests.Integrations.Receivers;

/// <summary>The API with both receivers on: ServiceNow with a shared secret, Jira with a signing secret; the demo customers exist.</summary>
public class ReceiverApiFactory : ApiFactory
{
    public const string ServiceNowSecret = "sn-shared-secret-for-tests";
    public const string JiraSigningSecret = "jira-webhook-secret-for-tests";

    public ReceiverApiFactory()
        : this(new TempDatabase())
    {
    }

    protected ReceiverApiFactory(ITestDatabase database)
        : base(database)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Receivers:ServiceNow:Secret", ServiceNowSecret);
        builder.UseSetting("Receivers:Jira:SigningSecret", JiraSigningSecret);
    }
}

/// <summary>The same, on a PostgreSQL database of its own.</summary>
public sealed class PostgresReceiverApiFactory : ReceiverApiFactory
{
    public PostgresReceiverApiFactory()
        : base(new PostgresTestDatabase())
    {
    }
}
