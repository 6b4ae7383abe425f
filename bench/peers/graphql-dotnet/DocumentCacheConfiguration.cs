using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphQLDotnetPeer;

/// <summary>
/// graphql-dotnet's document cache as its GraphQL.MemoryCache package does it (that package is not served here):
/// a document that validated is kept by query text, and a cached one runs only <c>CachedDocumentValidationRules</c>.
/// Unbounded, as the benchmarks repeat a handful of documents.
/// </summary>
public sealed class DocumentCacheConfiguration : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public float SortOrder => 200;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null)
        {
            return await next(options).ConfigureAwait(false);
        }

        var cached = _documents.TryGetValue(options.Query, out var document);
        if (cached)
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
        }

        var result = await next(options).ConfigureAwait(false);
        if (!cached && result.Executed && result.Document is not null)
        {
            _documents.TryAdd(options.Query, result.Document);
        }

        return result;
    }
}
