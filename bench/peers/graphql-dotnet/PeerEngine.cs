using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Transport;
using GraphQL.Validation;

namespace GraphQLDotnetPeer;

/// <summary>graphql-dotnet 8.8.5 set up as its docs recommend for a server: a DocumentExecuter, System.Text.Json, and (optionally) the document cache.</summary>
public sealed class PeerEngine
{
    private readonly IDocumentExecuter _executer;
    private readonly GraphQLSerializer _serializer = new();

    /// <summary>An engine for <paramref name="schema"/>, with or without the document cache.</summary>
    public PeerEngine(ISchema schema, bool cacheDocuments)
    {
        Schema = schema;
        _executer = new DocumentExecuter(
            new GraphQLDocumentBuilder(),
            new DocumentValidator(),
            new DefaultExecutionStrategySelector(),
            cacheDocuments ? [new DocumentCacheConfiguration()] : Array.Empty<IConfigureExecution>());
    }

    /// <summary>The schema.</summary>
    public ISchema Schema { get; }

    /// <summary>The execution benchmark's schema (bench/documents/execution-schema.graphql) over the 100 items.</summary>
    public static ISchema ExecutionSchema()
    {
        var items = Documents.Items();
        var schema = GraphQL.Types.Schema.For(Documents.Read("execution-schema"), builder =>
            builder.Types.For("Query").FieldFor("items").Resolver = new FuncFieldResolver<object>(_ => items));
        return Prepare(schema);
    }

    /// <summary>The HTTP benchmark's schema (bench/http-schema.graphql) over bench/http-data.json.</summary>
    public static ISchema HttpSchema()
    {
        var books = Documents.Books();
        var schema = GraphQL.Types.Schema.For(File.ReadAllText(Path.Combine(Documents.Folder, "http-schema.graphql")), builder =>
            builder.Types.For("Query").FieldFor("books").Resolver = new FuncFieldResolver<object>(_ => books));
        return Prepare(schema);
    }

    /// <summary>
    /// Turns on what graphql-js 16's introspection query asks for (repeatable directives, deprecated arguments and input
    /// fields) and reads fields of the JSON-shaped data by key, as the other engines' default resolvers do.
    /// </summary>
    private static ISchema Prepare(ISchema schema)
    {
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Initialize();
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields.Where(field => field.Resolver is null))
            {
                var name = field.Name;
                field.Resolver = new FuncFieldResolver<object?>(context => context.Source is IReadOnlyDictionary<string, object?> entries ? entries.GetValueOrDefault(name) : null);
            }
        }

        return schema;
    }

    /// <summary>Executes <paramref name="query"/> on <paramref name="root"/>.</summary>
    public Task<ExecutionResult> ExecuteAsync(string query, object? root, Inputs? variables = null, string? operationName = null, CancellationToken cancellationToken = default) =>
        _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = Schema,
            Query = query,
            Root = root,
            Variables = variables,
            OperationName = operationName,
            CancellationToken = cancellationToken,
        });

    /// <summary>Writes a result as graphql-dotnet's System.Text.Json serializer does.</summary>
    public Task WriteAsync(Stream stream, ExecutionResult result, CancellationToken cancellationToken = default) => _serializer.WriteAsync(stream, result, cancellationToken);

    /// <summary>Reads a request body.</summary>
    public ValueTask<GraphQLRequest?> ReadRequestAsync(Stream body, CancellationToken cancellationToken) => _serializer.ReadAsync<GraphQLRequest>(body, cancellationToken);
}
