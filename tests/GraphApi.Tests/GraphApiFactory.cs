using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests;

/// <summary>The real host on a temp SQLite file of its own (migrated at start-up, no demo data unless asked).</summary>
public class GraphApiFactory : WebApplicationFactory<Program>
{
    public TempDatabase Database { get; } = new();

    protected virtual bool SeedDemo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:GraphApi", Database.ConnectionString);
        builder.UseSetting("Demo:Seed", SeedDemo ? "true" : "false");
        builder.UseSetting("Expectations:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
