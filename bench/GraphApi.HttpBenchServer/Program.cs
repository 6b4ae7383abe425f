// GraphApi's HTTP server with the benchmark schema and data (bench/http-schema.graphql, bench/http-data.json),
// the side measured against graphql-js behind graphql-http (bench/peers/graphql-http-server).
// With a second argument, a file: Kestrel alone answering every POST with that file's bytes, no GraphQL, the machine's
// ceiling for the HTTP comparisons (its own request parsing, sockets and the load generator, on the same cores).
using System.Text.Json;
using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Sdl;

var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5055;
var benchDirectory = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
var sdl = File.ReadAllText(Path.Combine(benchDirectory, "http-schema.graphql"));
using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(benchDirectory, "http-data.json")));
var books = JsonInput.ToValue(data.RootElement.GetProperty("books"));

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
if (args.Length > 1)
{
    var answer = File.ReadAllBytes(args[1]);
    var kestrelAlone = builder.Build();
    kestrelAlone.MapPost("/graphql", async context =>
    {
        await context.Request.Body.CopyToAsync(Stream.Null);
        context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        context.Response.ContentLength = answer.Length;
        await context.Response.Body.WriteAsync(answer);
    });
    Console.Error.WriteLine($"Kestrel alone on http://127.0.0.1:{port}/graphql, answering {answer.Length} bytes");
    kestrelAlone.Run();
    return;
}

builder.Services.AddGraphQLServer(SchemaBuilder.FromSdl(sdl, new SdlBindings().Resolve("Query", "books", _ => books)), options => options.EnableIde = false);
var app = builder.Build();
app.MapGraphQL();
Console.Error.WriteLine($"GraphApi on http://127.0.0.1:{port}/graphql");
app.Run();
