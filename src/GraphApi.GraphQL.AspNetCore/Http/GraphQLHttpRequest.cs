namespace GraphApi.GraphQL.AspNetCore.Http;

/// <summary>The GraphQL-over-HTTP request parameters, read from a JSON body or a query string.</summary>
public sealed class GraphQLHttpRequest
{
    /// <summary>The document text.</summary>
    public string? Query { get; init; }

    /// <summary>The operation to run.</summary>
    public string? OperationName { get; init; }

    /// <summary>The variable values.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The extensions map.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A persisted document's id (<c>id</c>, or <c>extensions.persistedQuery.sha256Hash</c>).</summary>
    public string? DocumentId { get; init; }
}
