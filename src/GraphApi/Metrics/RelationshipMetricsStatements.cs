namespace GraphApi.Metrics;

/// <summary>
/// The four statements behind <c>relationshipMetrics</c>, one per kind of row counted; each aggregates in the database
/// (GROUP BY, and ROW_NUMBER windows for the medians), so a request costs four statements whatever the row count.
/// </summary>
internal static class RelationshipMetricsStatements
{
    private static readonly MetricsScope Requests = new("r.\"CustomerId\"", "r.\"OwnerId\"", MetricsScope.FirstChannel("r.\"Id\""), "r.\"Priority\"", "r.\"CreatedAt\"");
    private static readonly MetricsScope Expectations = new("r.\"CustomerId\"", "r.\"OwnerId\"", MetricsScope.FirstChannel("r.\"Id\""), "r.\"Priority\"", "e.\"DueAt\"");
    private static readonly MetricsScope Interactions = new("i.\"CustomerId\"", MetricsScope.Lead("i.\"Id\""), "i.\"Channel\"", "r.\"Priority\"", "i.\"OccurredAt\"");
    private static readonly MetricsScope Retrospectives = new("r.\"CustomerId\"", "r.\"OwnerId\"", MetricsScope.FirstChannel("r.\"Id\""), "r.\"Priority\"", "t.\"HeldAt\"");

    public static string RequestFigures(MetricsStatementBuilder sql)
    {
        var d = sql.Dialect;
        return $"""
            WITH base AS (
              SELECT {sql.Key(Requests)} AS k, r."Decision" AS decision, r."KnowledgeLink" AS knowledge, r."ResolvedAt" AS resolved,
                CASE WHEN r."FirstResponseAt" IS NULL THEN NULL ELSE {d.Seconds("r.\"FirstResponseAt\"", "r.\"CreatedAt\"")} END AS fr,
                CASE WHEN r."ResolvedAt" IS NULL THEN NULL ELSE {d.Seconds("r.\"ResolvedAt\"", "r.\"CreatedAt\"")} END AS tr,
                CASE WHEN r."ResolvedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "Retrospectives" rt WHERE rt."RequestId" = r."Id" AND TRIM(COALESCE(rt."CustomerPerspective", '')) <> '') THEN 1 ELSE 0 END AS covered
              FROM "Requests" r JOIN "Customers" c ON c."Id" = r."CustomerId"
              WHERE {sql.Where(Requests)}
            ),
            totals AS (
              SELECT k, COUNT(*) AS requests,
                SUM(CASE WHEN decision = 'Accepted' THEN 1 ELSE 0 END) AS accepted,
                SUM(CASE WHEN decision = 'Declined' THEN 1 ELSE 0 END) AS declined,
                SUM(CASE WHEN decision = 'Deferred' THEN 1 ELSE 0 END) AS deferred,
                SUM(CASE WHEN decision = 'AlreadyAvailable' THEN 1 ELSE 0 END) AS available,
                SUM(CASE WHEN knowledge IS NOT NULL THEN 1 ELSE 0 END) AS educated,
                SUM(CASE WHEN resolved IS NOT NULL THEN 1 ELSE 0 END) AS resolved,
                SUM(covered) AS covered
              FROM base GROUP BY k
            ),
            fr AS (SELECT k, fr AS v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY fr) AS n, COUNT(*) OVER (PARTITION BY k ORDER BY fr ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS total FROM base WHERE fr IS NOT NULL),
            tr AS (SELECT k, tr AS v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY tr) AS n, COUNT(*) OVER (PARTITION BY k ORDER BY tr ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS total FROM base WHERE tr IS NOT NULL),
            frm AS (SELECT k, AVG(v) AS m FROM fr WHERE n IN ((total + 1) / 2, (total + 2) / 2) GROUP BY k),
            trm AS (SELECT k, AVG(v) AS m FROM tr WHERE n IN ((total + 1) / 2, (total + 2) / 2) GROUP BY k)
            SELECT t.k AS "Key", CAST(t.requests AS BIGINT) AS "Requests", CAST(t.accepted AS BIGINT) AS "Accepted",
              CAST(t.declined AS BIGINT) AS "Declined", CAST(t.deferred AS BIGINT) AS "Deferred", CAST(t.available AS BIGINT) AS "AlreadyAvailable",
              CAST(t.educated AS BIGINT) AS "Educated", CAST(t.resolved AS BIGINT) AS "Resolved", CAST(t.covered AS BIGINT) AS "Covered",
              CAST(frm.m AS DOUBLE PRECISION) AS "MedianFirstResponseSeconds", CAST(trm.m AS DOUBLE PRECISION) AS "MedianResolveSeconds"
            FROM totals t LEFT JOIN frm ON frm.k = t.k LEFT JOIN trm ON trm.k = t.k
            """;
    }

    public static string ExpectationFigures(MetricsStatementBuilder sql)
    {
        var d = sql.Dialect;
        var now = sql.Parameter(sql.Now);
        const string OwnEvent = "v.\"RequestId\" = e.\"RequestId\" AND v.\"EntityType\" = 'Expectation' AND v.\"EntityId\" = e.\"Id\"";
        return $"""
            WITH base AS (
              SELECT {sql.Key(Expectations)} AS k, e."RequestId" AS rq, e."Status" AS status,
                CASE WHEN e."UpdateCadence" IS NULL THEN NULL ELSE {d.DurationSeconds("e.\"UpdateCadence\"")} END AS cadence,
                COALESCE(
                  (SELECT MIN(v."OccurredAt") FROM "Events" v WHERE {OwnEvent} AND v."Type" = 'ExpectationStatusChanged' AND v."PreviousStatus" IS NULL),
                  r."FirstResponseAt", r."CreatedAt") AS starts,
                {d.Earliest("e.\"DueAt\"", $"COALESCE(r.\"ResolvedAt\", {now})", now)} AS ends,
                CASE WHEN e."Status" = 'Missed' AND (
                  EXISTS (SELECT 1 FROM "Events" v WHERE {OwnEvent} AND v."OccurredAt" < e."DueAt"
                    AND (v."Type" = 'ExpectationAtRisk' OR (v."Type" = 'ExpectationStatusChanged' AND v."Status" = 'AT_RISK')))
                  OR EXISTS (SELECT 1 FROM "Expectations" p {d.IndexedBy("IX_Expectations_ReplacedById")} WHERE p."ReplacedById" = e."Id" AND EXISTS (
                    SELECT 1 FROM "Events" v WHERE v."RequestId" = p."RequestId" AND v."EntityType" = 'Expectation' AND v."EntityId" = p."Id"
                      AND v."Type" = 'ExpectationStatusChanged' AND v."Status" = 'RENEGOTIATED' AND v."OccurredAt" < e."DueAt"))
                ) THEN 1 ELSE 0 END AS warned
              FROM "Expectations" e JOIN "Requests" r ON r."Id" = e."RequestId" JOIN "Customers" c ON c."Id" = r."CustomerId"
              WHERE {sql.Where(Expectations)}
            ),
            cadenced AS (
              SELECT k, {d.Ceiling($"{d.Seconds("ends", "starts")} / cadence")} AS periods,
                (SELECT COUNT(DISTINCT {d.Floor($"{d.Seconds("u.\"OccurredAt\"", "starts")} / cadence")}) FROM "Interactions" u
                  WHERE u."RequestId" = rq AND u."Kind" = 'StatusUpdate' AND u."OccurredAt" >= starts AND u."OccurredAt" < ends) AS updated
              FROM base WHERE cadence > 0 AND status <> 'Renegotiated' AND ends > starts
            ),
            cadence_totals AS (SELECT k, SUM(periods) AS periods, SUM(updated) AS updated FROM cadenced GROUP BY k),
            totals AS (
              SELECT k, COUNT(*) AS due,
                SUM(CASE WHEN status IN ('Met', 'Missed', 'Renegotiated') THEN 1 ELSE 0 END) AS settled,
                SUM(CASE WHEN status = 'Met' THEN 1 ELSE 0 END) AS met,
                SUM(CASE WHEN status = 'Missed' THEN 1 ELSE 0 END) AS missed,
                SUM(CASE WHEN status = 'Renegotiated' THEN 1 ELSE 0 END) AS renegotiated,
                SUM(warned) AS warned
              FROM base GROUP BY k
            )
            SELECT t.k AS "Key", CAST(t.due AS BIGINT) AS "Due", CAST(t.settled AS BIGINT) AS "Settled", CAST(t.met AS BIGINT) AS "Met",
              CAST(t.missed AS BIGINT) AS "Missed", CAST(t.renegotiated AS BIGINT) AS "Renegotiated", CAST(t.warned AS BIGINT) AS "Warned",
              CAST(COALESCE(ct.periods, 0) AS BIGINT) AS "CadencePeriods", CAST(COALESCE(ct.updated, 0) AS BIGINT) AS "CadencePeriodsUpdated"
            FROM totals t LEFT JOIN cadence_totals ct ON ct.k = t.k
            """;
    }

    public static string InteractionFigures(MetricsStatementBuilder sql) => $"""
        WITH base AS (
          SELECT {sql.Key(Interactions)} AS k, i."Id" AS id, i."CustomerId" AS customer,
            CASE WHEN i."OnPreferredChannel" THEN 1 ELSE 0 END AS preferred,
            CASE WHEN EXISTS (SELECT 1 FROM "InteractionParticipants" p JOIN "CustomerUsualContacts" uc ON uc."CustomerId" = i."CustomerId" AND uc."StaffMemberId" = p."StaffMemberId"
              WHERE p."InteractionId" = i."Id" AND p."Role" = 'Lead') THEN 1 ELSE 0 END AS usual
          FROM "Interactions" i JOIN "Customers" c ON c."Id" = i."CustomerId" LEFT JOIN "Requests" r ON r."Id" = i."RequestId"
          WHERE {sql.Where(Interactions)}
        ),
        pairs AS (
          SELECT k, COUNT(*) AS pairs
          FROM (SELECT DISTINCT b.k, b.customer, p."StaffMemberId" FROM base b JOIN "InteractionParticipants" p ON p."InteractionId" = b.id) d
          GROUP BY k
        ),
        totals AS (SELECT k, COUNT(*) AS interactions, SUM(preferred) AS preferred, SUM(usual) AS usual, COUNT(DISTINCT customer) AS customers FROM base GROUP BY k)
        SELECT t.k AS "Key", CAST(t.interactions AS BIGINT) AS "Interactions", CAST(t.preferred AS BIGINT) AS "Preferred",
          CAST(t.usual AS BIGINT) AS "LedByUsualContact", CAST(t.customers AS BIGINT) AS "Customers", CAST(COALESCE(p.pairs, 0) AS BIGINT) AS "CustomerStaffPairs"
        FROM totals t LEFT JOIN pairs p ON p.k = t.k
        """;

    public static string RetrospectiveFigures(MetricsStatementBuilder sql) => $"""
        WITH base AS (
          SELECT {sql.Key(Retrospectives)} AS k, t."Id" AS id, t."CustomerRating" AS rating
          FROM "Retrospectives" t LEFT JOIN "Requests" r ON r."Id" = t."RequestId" LEFT JOIN "Customers" c ON c."Id" = r."CustomerId"
          WHERE {sql.Where(Retrospectives)}
        ),
        items AS (
          SELECT b.k, COUNT(*) AS total, SUM(CASE WHEN a."Done" THEN 1 ELSE 0 END) AS done
          FROM base b JOIN "ActionItems" a ON a."RetrospectiveId" = b.id GROUP BY b.k
        ),
        totals AS (SELECT k, COUNT(rating) AS rated, SUM(rating) AS rating_sum FROM base GROUP BY k)
        SELECT tot.k AS "Key", CAST(tot.rated AS BIGINT) AS "Rated", CAST(COALESCE(tot.rating_sum, 0) AS BIGINT) AS "RatingSum",
          CAST(COALESCE(it.total, 0) AS BIGINT) AS "ActionItems", CAST(COALESCE(it.done, 0) AS BIGINT) AS "ActionItemsDone"
        FROM totals tot LEFT JOIN items it ON it.k = tot.k
        """;
}
