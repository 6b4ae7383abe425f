namespace GraphApi.GraphQL.Execution;

/// <summary>The stable <c>extensions.code</c> values the engine puts on errors.</summary>
public static class ErrorCodes
{
    /// <summary>The document did not parse.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed validation against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The request named no document, or an operation the document does not have.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A variable's value could not be coerced to its type.</summary>
    public const string InvalidVariable = "BAD_USER_INPUT";

    /// <summary>An argument's value could not be coerced to its type.</summary>
    public const string InvalidArgument = "BAD_USER_INPUT";

    /// <summary>The operation nests deeper than allowed.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The operation's estimated cost is higher than allowed.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>A resolver failed unexpectedly; details only when the host allows them.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The operation is a subscription but was sent where only one result can be returned, or the reverse.</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
}
