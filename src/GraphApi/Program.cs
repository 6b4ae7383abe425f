using GraphApi.Api;
using GraphApi.Integrations.Receivers;
using GraphApi.Metrics;
using GraphApi.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

if (await StartupExtensions.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args.Where(a => a != "--no-demo").ToArray());
if (args.Contains("--no-demo"))
{
    builder.Configuration["Demo:Seed"] = "false";
}

builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Services.AddHealthChecks();
builder.Services.AddGraphApiPersistence();
builder.Services.AddGraphApiGraphQL();
builder.Services.AddWebhookReceivers();

var app = builder.Build();
await app.InitializeDatabaseAsync();

// Ready means the host has started and can serve requests (the database is migrated before that).
app.MapHealthChecks("/health/ready", new HealthCheckOptions()).AllowAnonymous();
app.MapGraphApiGraphQL();
app.MapWebhookReceivers();

app.MapDashboard();
app.MapGet("/", () => Results.Redirect("/graphql")).AllowAnonymous();

await app.RunAsync();
return 0;

/// <summary>The service's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
