namespace GraphApi.GraphQL.AspNetCore.Http;

/// <summary>Request parameters, or why they could not be read (with the HTTP status to answer).</summary>
public readonly record struct RequestParseResult(GraphQLHttpRequest? Request, string? Error, int StatusCode)
{
    /// <summary>Parameters read.</summary>
    public static RequestParseResult Ok(GraphQLHttpRequest request) => new(request, null, 200);

    /// <summary>Parameters not read.</summary>
    public static RequestParseResult Fail(string error, int statusCode = 400) => new(null, error, statusCode);
}
