using GraphApi.Api;
using GraphApi.GraphQL.Data;
using GraphApi.Integrations.Webhooks;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Persistence;

public static class StartupExtensions
{
    /// <summary>The database: <c>ConnectionStrings:GraphApi</c>, resolved when first used so that test hosts can override it.</summary>
    /// <remarks>
    /// Resolvers get a context each from <see cref="DbContextPerResolver{TContext}"/> (fields run in parallel); every
    /// context is confined to what the request's <see cref="Caller"/> may see.
    /// </remarks>
    public static IServiceCollection AddGraphApiPersistence(this IServiceCollection services)
    {
        services.AddScoped<Caller>();
        // The options depend on configuration only: built once instead of per scope (each build costs ~15 KB and a hash in EF's provider cache).
        services.AddDbContext<GraphApiDbContext>(
            (provider, options) =>
            {
                var configuration = provider.GetRequiredService<IConfiguration>();
                options.Use(DatabaseProviders.FromConfiguration(configuration),
                    PersistenceExtensions.ResolveConnectionString(configuration, provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
            },
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped(provider => new DbContextPerResolver<GraphApiDbContext>(() =>
            new GraphApiDbContext(provider.GetRequiredService<DbContextOptions<GraphApiDbContext>>(), provider.GetRequiredService<Caller>())));
        return services;
    }

    /// <summary>Applies pending migrations and, unless <c>Demo:Seed</c> is false (<c>--no-demo</c>), seeds demo data into an empty database, with its history unless <c>Demo:History</c> is false.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        await PersistenceExtensions.MigrateAsync(context);
        if (app.Configuration.GetValue("Demo:Seed", true) && await DemoData.SeedIfEmptyAsync(context))
        {
            if (app.Configuration.GetValue("Demo:History", true))
            {
                await DemoHistory.AddAsync(context);
            }

            app.Logger.LogInformation("Seeded demo data into the empty database.");
        }
    }

    /// <summary>Runs a CLI command (<c>keys ...</c>, <c>webhooks ...</c>, <c>schema export</c>) when the arguments name one; null when they do not (start the web host).</summary>
    public static async Task<int?> RunCommandAsync(string[] args)
    {
        if (args is ["schema", ..])
        {
            return await SchemaCommand.RunAsync(args[1..], Console.Out, Console.Error);
        }

        if (args is not ["keys" or "webhooks", ..])
        {
            return null;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddGraphApiPersistence();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        return args[0] == "keys"
            ? await KeysCommand.RunAsync(args[1..], context, Console.Out, Console.Error)
            : await WebhooksCommand.RunAsync(args[1..], context, app.Configuration.GetSection("Webhooks").Get<WebhookOptions>() ?? new WebhookOptions(), Console.Out, Console.Error);
    }
}
