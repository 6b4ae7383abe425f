using GraphQL;

namespace GraphQLDotnetPeer;

/// <summary>
/// graphql-dotnet behind a minimal ASP.NET Core endpoint (its server transports are not served here): POST /graphql with a
/// JSON body, read and written with GraphQL.SystemTextJson, executed by the DocumentExecuter with the document cache.
/// </summary>
public static class HttpEndpoint
{
    /// <summary>Serves the HTTP benchmark's schema on 127.0.0.1:<paramref name="port"/> until stopped.</summary>
    public static void Run(int port)
    {
        var engine = new PeerEngine(PeerEngine.HttpSchema(), cacheDocuments: true);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapPost("/graphql", async context =>
        {
            var request = await engine.ReadRequestAsync(context.Request.Body, context.RequestAborted);
            if (request?.Query is null)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            var result = await engine.ExecuteAsync(request.Query, null, request.Variables, request.OperationName, context.RequestAborted);
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
            await engine.WriteAsync(context.Response.Body, result, context.RequestAborted);
        });
        Console.Error.WriteLine($"graphql-dotnet on http://127.0.0.1:{port}/graphql");
        app.Run();
    }
}
