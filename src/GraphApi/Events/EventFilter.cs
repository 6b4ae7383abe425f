namespace GraphApi.Events;

/// <summary>Which events a subscriber wants, and may see (a customer key only its own customer's).</summary>
/// <param name="Types">The event types, or null for all.</param>
/// <param name="RequestId">Only this request's events.</param>
/// <param name="CustomerId">Only this customer's events.</param>
/// <param name="VisibleCustomerId">The customer a customer key is confined to.</param>
public sealed record EventFilter(IReadOnlySet<EventType>? Types = null, int? RequestId = null, int? CustomerId = null, int? VisibleCustomerId = null)
{
    public bool Matches(DomainEvent e) =>
        (Types is null || Types.Contains(e.Type))
        && (RequestId is null || e.RequestId == RequestId)
        && (CustomerId is null || e.CustomerId == CustomerId)
        && (VisibleCustomerId is null || e.CustomerId == VisibleCustomerId);

    /// <summary>The same filter as a query over the outbox.</summary>
    public IQueryable<DomainEvent> Apply(IQueryable<DomainEvent> events)
    {
        if (Types is not null)
        {
            var types = Types.ToList();
            events = events.Where(e => types.Contains(e.Type));
        }

        if (RequestId is { } requestId)
        {
            events = events.Where(e => e.RequestId == requestId);
        }

        if (CustomerId is { } customerId)
        {
            events = events.Where(e => e.CustomerId == customerId);
        }

        if (VisibleCustomerId is { } visible)
        {
            events = events.Where(e => e.CustomerId == visible);
        }

        return events;
    }
}
