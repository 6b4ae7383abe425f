using GraphApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore.Http;

/// <summary>Request parameters, or why they could not be read (a coded error, with the HTTP status to answer).</summary>
/// <param name="Request">The parameters, when read.</param>
/// <param name="Error">Why not.</param>
/// <param name="StatusCode">The HTTP status to answer.</param>
/// <param name="Malformed">
/// True when the request does not have the protocol's shape (not JSON, a parameter of the wrong type); false when it has
/// and its content is refused (text that is not Unicode), which streaming transports answer for the one operation.
/// </param>
public readonly record struct RequestParseResult(GraphQLHttpRequest? Request, GraphQLError? Error, int StatusCode, bool Malformed = true)
{
    /// <summary>The error as a result to answer with.</summary>
    public OperationResult ErrorResult => OperationResult.FromErrors([Error!]);

    /// <summary>Parameters read.</summary>
    public static RequestParseResult Ok(GraphQLHttpRequest request) => new(request, null, 200);

    /// <summary>Parameters not read: <c>REQUEST_TOO_LARGE</c> for a 413, <c>BAD_REQUEST</c> otherwise.</summary>
    public static RequestParseResult Fail(string error, int statusCode = 400) =>
        Fail(GraphQLServer.Error(error, statusCode == StatusCodes.Status413PayloadTooLarge ? GraphQLServerErrorCodes.RequestTooLarge : GraphQLServerErrorCodes.BadRequest).Errors![0], statusCode);

    /// <summary>Parameters of the right shape whose content is refused, for the reason <paramref name="error"/> gives (HTTP 400).</summary>
    public static RequestParseResult Refuse(GraphQLError error) => new(null, error, StatusCodes.Status400BadRequest, Malformed: false);

    private static RequestParseResult Fail(GraphQLError error, int statusCode) => new(null, error, statusCode);
}
