namespace GraphApi.Metrics;

/// <summary>
/// How the rows of one statement (requests, expectations, interactions or retrospectives) are attributed: the SQL
/// of their customer, staff member, channel, priority and the instant the window applies to. Grouping and the
/// filter use the same expressions, so a filter keeps exactly the rows the matching grouping puts in its groups.
/// </summary>
internal sealed record MetricsScope(string CustomerId, string StaffMemberId, string Channel, string Priority, string Instant)
{
    /// <summary>The channel of a request's first interaction (its intake), by time then id.</summary>
    public static string FirstChannel(string requestId) =>
        $"(SELECT fi.\"Channel\" FROM \"Interactions\" fi WHERE fi.\"RequestId\" = {requestId} ORDER BY fi.\"OccurredAt\", fi.\"Id\" LIMIT 1)";

    /// <summary>The lowest-id LEAD participant of an interaction.</summary>
    public static string Lead(string interactionId) =>
        $"(SELECT MIN(lp.\"StaffMemberId\") FROM \"InteractionParticipants\" lp WHERE lp.\"InteractionId\" = {interactionId} AND lp.\"Role\" = 'Lead')";
}
