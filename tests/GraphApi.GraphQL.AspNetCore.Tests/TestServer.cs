using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.GraphQL.AspNetCore.Tests;

/// <summary>The test schema hosted by Kestrel on a loopback port: a query, a mutation and a counting subscription.</summary>
public sealed class TestServer : IAsyncLifetime
{
    public const string Sdl = """
        type Query {
          hello(name: String): String!
          fail: String
        }

        type Mutation {
          increment: Int!
        }

        type Subscription {
          counter(to: Int!): Int!
        }
        """;

    private static int _counter;
    private readonly Action<GraphQLServerOptions>? _configure;
    private WebApplication? _app;

    public TestServer()
    {
    }

    internal TestServer(Action<GraphQLServerOptions>? configure) => _configure = configure;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri Endpoint => new(BaseAddress, "/graphql");

    public HttpClient Client { get; } = new();

    public static Schema BuildSchema() => SchemaBuilder.FromSdl(Sdl, new SdlBindings()
        .Resolve("Query", "hello", context => $"Hello, {context.Arguments.GetValueOrDefault("name") ?? "world"}!")
        .Resolve("Query", "fail", _ => throw new InvalidOperationException("boom"))
        .Resolve("Mutation", "increment", _ => (object)Interlocked.Increment(ref _counter))
        .Resolve("Subscription", "counter", context => context.Parent)
        .Subscribe("Subscription", "counter", context => ValueTask.FromResult(Count(Convert.ToInt32(context.Arguments["to"], System.Globalization.CultureInfo.InvariantCulture), context.CancellationToken))));

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.AddSingleton<GraphApi.GraphQL.AspNetCore.WebSockets.IGraphQLSocketInterceptor, TestSocketInterceptor>();
        builder.Services.AddGraphQLServer(BuildSchema(), options =>
        {
            options.PersistedOperationsPath = "operations";
            options.MaxRequestBodySize = 64 * 1024;
            _configure?.Invoke(options);
        });
        _app = builder.Build();
        _app.UseWebSockets();
        _app.MapGraphQL();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public Task StopAsync() => _app!.StopAsync();

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static async IAsyncEnumerable<object?> Count(int to, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Delay(10, cancellationToken);
            yield return i;
        }
    }
}
