using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHealthChecks();

var app = builder.Build();

// Ready means the host has started and can serve requests; checks for the database join once it exists.
app.MapHealthChecks("/health/ready", new HealthCheckOptions());
app.MapGet("/", () => Results.Redirect("/graphql"));

app.Run();

/// <summary>The service's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
