namespace GraphApi.Metrics;

/// <summary>
/// The four statements behind <c>relationshipMetrics</c>, one per kind of row counted; each aggregates in the database
/// (GROUP BY, the medians by a median aggregate) over the metric facts (<see cref="Facts.MetricFactStatements"/>), so a
/// request costs four statements whatever the row count, and they can run side by side. Each part reads the facts itself rather than a shared
/// CTE, which the databases would write out to a temporary table: read directly, a grouping by customer streams
/// through the facts' clustered order and the median indexes with no sort.
/// </summary>
internal static class RelationshipMetricsStatements
{
    private static readonly MetricsScope Requests = new("f.\"CustomerId\"", "f.\"OwnerId\"", "f.\"FirstChannel\"", "f.\"Priority\"", "f.\"CreatedAt\"");
    private static readonly MetricsScope Expectations = new("f.\"CustomerId\"", "f.\"OwnerId\"", "f.\"FirstChannel\"", "f.\"Priority\"", "f.\"DueAt\"");
    private static readonly MetricsScope Interactions = new("f.\"CustomerId\"", "f.\"LeadStaffMemberId\"", "f.\"Channel\"", "f.\"Priority\"", "f.\"OccurredAt\"");
    private static readonly MetricsScope Retrospectives = new("f.\"CustomerId\"", "f.\"OwnerId\"", "f.\"FirstChannel\"", "f.\"Priority\"", "t.\"HeldAt\"");

    public static string RequestFigures(MetricsStatementBuilder sql) => $"""
        SELECT {sql.Dialect.Text("t.k")} AS "Key", CAST(t.requests AS BIGINT) AS "Requests", CAST(t.accepted AS BIGINT) AS "Accepted",
          CAST(t.declined AS BIGINT) AS "Declined", CAST(t.deferred AS BIGINT) AS "Deferred", CAST(t.available AS BIGINT) AS "AlreadyAvailable",
          CAST(t.educated AS BIGINT) AS "Educated", CAST(t.resolved AS BIGINT) AS "Resolved", CAST(t.covered AS BIGINT) AS "Covered",
          CAST(t.fr AS DOUBLE PRECISION) AS "MedianFirstResponseSeconds", CAST(t.tr AS DOUBLE PRECISION) AS "MedianResolveSeconds"
        FROM (
          SELECT {sql.Key(Requests)} AS k, COUNT(*) AS requests,
            SUM(CASE WHEN f."Decision" = 'Accepted' THEN 1 ELSE 0 END) AS accepted,
            SUM(CASE WHEN f."Decision" = 'Declined' THEN 1 ELSE 0 END) AS declined,
            SUM(CASE WHEN f."Decision" = 'Deferred' THEN 1 ELSE 0 END) AS deferred,
            SUM(CASE WHEN f."Decision" = 'AlreadyAvailable' THEN 1 ELSE 0 END) AS available,
            SUM(CASE WHEN f."Educated" THEN 1 ELSE 0 END) AS educated,
            SUM(CASE WHEN f."Resolved" THEN 1 ELSE 0 END) AS resolved,
            SUM(CASE WHEN f."Covered" THEN 1 ELSE 0 END) AS covered,
            {sql.Dialect.Median("f.\"FirstResponseSeconds\"")} AS fr, {sql.Dialect.Median("f.\"ResolveSeconds\"")} AS tr
          FROM "RequestMetricFacts" f {sql.CustomerJoin(Requests)} WHERE {sql.Where(Requests)} GROUP BY k
        ) t
        """;

    // Facts count cadence periods up to their EndsAt: for an expectation whose EndsAt is still ahead of now, the running
    // part swaps those for the periods up to now. Counting by status first reads the facts in their clustered order.
    public static string ExpectationFigures(MetricsStatementBuilder sql)
    {
        var d = sql.Dialect;
        var now = sql.Parameter(sql.Now);
        var facts = $"\"ExpectationMetricFacts\" f {sql.CustomerJoin(Expectations)}";
        var key = sql.Key(Expectations);
        var counted = $"f.\"CadenceSeconds\" > 0 AND f.\"Status\" <> 'Renegotiated' AND {now} > f.\"StartsAt\"";
        return $"""
            WITH by_status AS (
              SELECT {key} AS k, f."Status" AS status, COUNT(*) AS n, SUM(CASE WHEN f."Warned" THEN 1 ELSE 0 END) AS warned,
                SUM(f."CadencePeriods") AS periods, SUM(f."CadencePeriodsUpdated") AS updated
              FROM {facts} WHERE {sql.Where(Expectations)} GROUP BY k, f."Status"
            ),
            running AS (
              SELECT {key} AS k,
                CASE WHEN {counted} THEN {d.Ceiling($"{d.Seconds(now, "f.\"StartsAt\"")} / f.\"CadenceSeconds\"")} ELSE 0 END - COALESCE(f."CadencePeriods", 0) AS periods,
                CASE WHEN {counted} THEN
                  (SELECT COUNT(DISTINCT {d.Floor($"{d.Seconds("u.\"OccurredAt\"", "f.\"StartsAt\"")} / f.\"CadenceSeconds\"")}) FROM "Interactions" u
                    WHERE u."RequestId" = f."RequestId" AND u."Kind" = 'StatusUpdate' AND u."OccurredAt" >= f."StartsAt" AND u."OccurredAt" < {now})
                  ELSE 0 END - COALESCE(f."CadencePeriodsUpdated", 0) AS updated
              FROM {facts} WHERE {sql.Where(Expectations)} AND f."EndsAt" > {now}
            ),
            running_totals AS (SELECT k, SUM(periods) AS periods, SUM(updated) AS updated FROM running GROUP BY k),
            totals AS (
              SELECT k, SUM(n) AS due,
                SUM(CASE WHEN status IN ('Met', 'Missed', 'Renegotiated') THEN n ELSE 0 END) AS settled,
                SUM(CASE WHEN status = 'Met' THEN n ELSE 0 END) AS met,
                SUM(CASE WHEN status = 'Missed' THEN n ELSE 0 END) AS missed,
                SUM(CASE WHEN status = 'Renegotiated' THEN n ELSE 0 END) AS renegotiated,
                SUM(warned) AS warned, SUM(periods) AS periods, SUM(updated) AS updated
              FROM by_status GROUP BY k
            )
            SELECT {d.Text("t.k")} AS "Key", CAST(t.due AS BIGINT) AS "Due", CAST(t.settled AS BIGINT) AS "Settled", CAST(t.met AS BIGINT) AS "Met",
              CAST(t.missed AS BIGINT) AS "Missed", CAST(t.renegotiated AS BIGINT) AS "Renegotiated", CAST(t.warned AS BIGINT) AS "Warned",
              CAST(COALESCE(t.periods, 0) + COALESCE(rt.periods, 0) AS BIGINT) AS "CadencePeriods",
              CAST(COALESCE(t.updated, 0) + COALESCE(rt.updated, 0) AS BIGINT) AS "CadencePeriodsUpdated"
            FROM totals t LEFT JOIN running_totals rt ON rt.k = t.k
            """;
    }

    // Grouped by customer, a group's pairs are its (customer, staff) groups, in the contact facts' clustered order, and it
    // has one customer; any other key counts distinct (key, customer, staff) triples and distinct customers.
    public static string InteractionFigures(MetricsStatementBuilder sql)
    {
        var key = sql.Key(Interactions);
        var contacts = $"\"ContactMetricFacts\" f {sql.CustomerJoin(Interactions)} WHERE {sql.Where(Interactions)}";
        var triples = sql.GroupsByCustomer
            ? $"SELECT f.\"CustomerId\" AS k FROM {contacts} GROUP BY f.\"CustomerId\", f.\"StaffMemberId\""
            : $"SELECT DISTINCT {key} AS k, f.\"CustomerId\" AS customer, f.\"StaffMemberId\" AS staff FROM {contacts}";
        var customers = sql.GroupsByCustomer ? "1" : "COUNT(DISTINCT f.\"CustomerId\")";
        return $"""
            WITH pairs AS (SELECT k, COUNT(*) AS pairs FROM ({triples}) d GROUP BY k),
            totals AS (
              SELECT {key} AS k, COUNT(*) AS interactions, SUM(CASE WHEN f."Preferred" THEN 1 ELSE 0 END) AS preferred,
                SUM(CASE WHEN f."LedByUsualContact" THEN 1 ELSE 0 END) AS usual, {customers} AS customers
              FROM "InteractionMetricFacts" f {sql.CustomerJoin(Interactions)} WHERE {sql.Where(Interactions)} GROUP BY k
            )
            SELECT {sql.Dialect.Text("t.k")} AS "Key", CAST(t.interactions AS BIGINT) AS "Interactions", CAST(t.preferred AS BIGINT) AS "Preferred",
              CAST(t.usual AS BIGINT) AS "LedByUsualContact", CAST(t.customers AS BIGINT) AS "Customers", CAST(COALESCE(p.pairs, 0) AS BIGINT) AS "CustomerStaffPairs"
            FROM totals t LEFT JOIN pairs p ON p.k = t.k
            """;
    }

    public static string RetrospectiveFigures(MetricsStatementBuilder sql)
    {
        var key = sql.Key(Retrospectives);
        var rows = $"\"Retrospectives\" t LEFT JOIN \"RequestMetricFacts\" f ON f.\"RequestId\" = t.\"RequestId\" {sql.CustomerJoin(Retrospectives)}";
        return $"""
            WITH items AS (
              SELECT {key} AS k, COUNT(*) AS total, SUM(CASE WHEN a."Done" THEN 1 ELSE 0 END) AS done
              FROM {rows} JOIN "ActionItems" a ON a."RetrospectiveId" = t."Id" WHERE {sql.Where(Retrospectives)} GROUP BY k
            ),
            totals AS (SELECT {key} AS k, COUNT(t."CustomerRating") AS rated, SUM(t."CustomerRating") AS rating_sum FROM {rows} WHERE {sql.Where(Retrospectives)} GROUP BY k)
            SELECT {sql.Dialect.Text("tot.k")} AS "Key", CAST(tot.rated AS BIGINT) AS "Rated", CAST(COALESCE(tot.rating_sum, 0) AS BIGINT) AS "RatingSum",
              CAST(COALESCE(it.total, 0) AS BIGINT) AS "ActionItems", CAST(COALESCE(it.done, 0) AS BIGINT) AS "ActionItemsDone"
            FROM totals tot LEFT JOIN items it ON it.k = tot.k
            """;
    }
}
