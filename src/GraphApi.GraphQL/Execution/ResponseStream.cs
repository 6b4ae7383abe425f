namespace GraphApi.GraphQL.Execution;

// Spec §6.2.3 Subscription (the response stream)
/// <summary>
/// The results of a subscription, one per source event, until the source ends, fails or the consumer
/// stops. Disposing it (or cancelling its enumeration) releases the source stream.
/// </summary>
public sealed class ResponseStream(IAsyncEnumerable<OperationResult> results) : IExecutionResult, IAsyncEnumerable<OperationResult>
{
    /// <inheritdoc />
    public IAsyncEnumerator<OperationResult> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        results.GetAsyncEnumerator(cancellationToken);
}
