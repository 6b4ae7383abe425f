using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Execution;

/// <summary>How a <see cref="RequestExecutor"/> behaves: what errors reveal, and the limits it enforces.</summary>
public sealed class ExecutionOptions
{
    /// <summary>Whether unexpected exceptions show their message and stack trace in <c>extensions</c>; off in production.</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>The deepest field nesting allowed (root fields are depth 1); null for no limit. Room for the introspection query.</summary>
    public int? MaxDepth { get; set; } = 24;

    /// <summary>The highest estimated cost allowed; null for no limit.</summary>
    public int? MaxCost { get; set; } = 50_000;

    /// <summary>How many items a list field is assumed to return when no <c>first</c> or <c>last</c> argument says.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>
    /// The parser's limits for request documents. A service whose clients send small operations lowers
    /// <see cref="ParserOptions.MaxTokens"/> so that a hostile document is refused while it is read, before validation
    /// (whose overlapping-fields rule is quadratic in fields of one name) can be made to spend seconds on it.
    /// </summary>
    public ParserOptions Parser { get; set; } = ParserOptions.Default;

    /// <summary>How many parsed and validated documents are kept, by query text: from a text's second request on (a subscription's from its first).</summary>
    public int DocumentCacheSize { get; set; } = 1_000;

    /// <summary>
    /// Called with every unexpected resolver exception (any but <see cref="GraphQLException"/>) and the field's path,
    /// so the host can log what the client only sees as <c>INTERNAL_SERVER_ERROR</c>.
    /// </summary>
    public Action<Exception, string>? OnUnexpectedError { get; set; }

    /// <summary>
    /// What, besides the document, the operation and the variables, decides what a subscriber receives: for example the
    /// caller's role and the data it may see. Subscribers whose subscriptions agree on all of them, with equal keys, get
    /// each event executed and serialized once for all of them; null here, or a null key, executes per subscriber. The
    /// key must cover everything resolvers of the subscription's selection read from the request (services, context data).
    /// </summary>
    public Func<ExecutionRequest, object?>? SharedSubscriptionKey { get; set; }

    /// <summary>
    /// Called before each operation runs, after validation and the depth and cost limits, with its cost and the fields it
    /// may select: return null to let it run, or an error (with a <c>code</c>) to refuse it with no data. The host's
    /// place for operation-wide authorization and cost-based rate limits.
    /// </summary>
    public Func<OperationAdmission, ValueTask<GraphQLError?>>? AdmitOperation { get; set; }
}
