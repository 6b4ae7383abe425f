using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests;

/// <summary>The real host on a database of its own (a temp SQLite file unless given one; migrated at start-up, no demo data unless asked).</summary>
public class GraphApiFactory : WebApplicationFactory<Program>
{
    public GraphApiFactory()
        : this(new TempDatabase())
    {
    }

    protected GraphApiFactory(ITestDatabase database) => Database = database;

    public ITestDatabase Database { get; }

    protected virtual bool SeedDemo => false;

    protected virtual bool SeedDemoHistory => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:GraphApi", Database.ConnectionString);
        builder.UseSetting("Demo:Seed", SeedDemo ? "true" : "false");
        // The API tests count events of their own; DemoHistoryTests and the dashboard's browser test seed the history.
        builder.UseSetting("Demo:History", SeedDemoHistory ? "true" : "false");
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
