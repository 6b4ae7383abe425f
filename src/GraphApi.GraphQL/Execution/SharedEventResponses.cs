using System.Runtime.CompilerServices;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// The responses to one source event, one per <see cref="SubscriptionShape"/>: the first subscriber of a shape to take
/// the event executes it, the others of that shape wait for its response. Kept beside the event object and collected
/// with it, so nothing has to remove entries.
/// </summary>
internal sealed class SharedEventResponses
{
    private static readonly ConditionalWeakTable<object, SharedEventResponses> ByEvent = new();

    private readonly Dictionary<SubscriptionShape, Task<OperationResult?>> _responses = [];

    /// <summary>The responses to <paramref name="sourceEvent"/> (an object delivered to every subscriber as the same instance).</summary>
    public static SharedEventResponses For(object sourceEvent) => ByEvent.GetValue(sourceEvent, static _ => new SharedEventResponses());

    /// <summary>
    /// The response of another subscriber of <paramref name="shape"/> (null there means: execute it yourself), or false
    /// with <paramref name="owner"/>, which the caller must complete with its response, or with null if it has none to share.
    /// </summary>
    public bool TryJoin(SubscriptionShape shape, out Task<OperationResult?> response, out TaskCompletionSource<OperationResult?>? owner)
    {
        lock (_responses)
        {
            if (_responses.TryGetValue(shape, out var existing))
            {
                response = existing;
                owner = null;
                return true;
            }

            owner = new TaskCompletionSource<OperationResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
            response = owner.Task;
            _responses.Add(shape, response);
            return false;
        }
    }
}
