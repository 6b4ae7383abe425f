namespace GraphApi.Api;

/// <summary>The stable codes of the service's errors, in payload <c>errors</c> and in <c>extensions.code</c>.</summary>
public static class ApiErrorCodes
{
    /// <summary>An id that is not a global id of the expected type.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>An id of the right type naming nothing the caller can see.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>A value the domain does not accept (an empty title, a rating of 6).</summary>
    public const string InvalidInput = "INVALID_INPUT";

    /// <summary>A unique value already in use (an email, a system + external id).</summary>
    public const string AlreadyExists = "ALREADY_EXISTS";

    /// <summary><c>expectedVersion</c> is not the current version: someone else changed the object first.</summary>
    public const string ConcurrentUpdate = "CONCURRENT_UPDATE";

    /// <summary>A status change the life cycle does not allow.</summary>
    public const string InvalidTransition = Requests.RequestStatusTransitions.InvalidTransition;
}
