using System.Globalization;

namespace GraphApi.Metrics.Facts;

/// <summary>
/// The statements that derive the metric facts from the rows they summarise: delete the stale facts, insert them anew
/// from the source rows. The same statements serve a write (for its keys) and a rebuild (for every row).
/// </summary>
internal static class MetricFactStatements
{
    /// <summary>The statements that bring the facts of <paramref name="keys"/> (every fact, when null) up to date.</summary>
    public static string Refresh(MetricsDialect d, MetricFactKeys? keys)
    {
        var requests = In("r.\"Id\"", keys?.RequestIds);
        string Interactions(string prefix, string id) => keys is null ? "1 = 1" : AnyOf(
            (prefix + $"\"{id}\"", keys.InteractionIds), (prefix + "\"RequestId\"", keys.RequestIds), (prefix + "\"CustomerId\"", keys.CustomerIds));
        var statements = new List<string>();
        if (keys is null || keys.RequestIds.Count > 0)
        {
            statements.Add($"DELETE FROM \"RequestMetricFacts\" WHERE {In("\"RequestId\"", keys?.RequestIds)}");
            statements.Add(RequestFacts(d, requests));
            statements.Add($"DELETE FROM \"ExpectationMetricFacts\" WHERE {In("\"RequestId\"", keys?.RequestIds)}");
            statements.Add(ExpectationFacts(d, requests));
        }

        statements.Add($"DELETE FROM \"InteractionMetricFacts\" WHERE {Interactions("", "InteractionId")}");
        statements.Add(InteractionFacts(Interactions("i.", "Id")));
        statements.Add($"DELETE FROM \"ContactMetricFacts\" WHERE {Interactions("", "InteractionId")}");
        statements.Add(ContactFacts(Interactions("f.", "InteractionId")));
        return string.Join(";\n", statements);
    }

    private static string RequestFacts(MetricsDialect d, string where) => $"""
        INSERT INTO "RequestMetricFacts" ("RequestId", "CustomerId", "OwnerId", "FirstChannel", "Priority", "CreatedAt", "Decision",
          "Educated", "Resolved", "Covered", "FirstResponseSeconds", "ResolveSeconds")
        SELECT r."Id", r."CustomerId", r."OwnerId", {MetricsScope.FirstChannel("r.\"Id\"")}, r."Priority", r."CreatedAt", r."Decision",
          r."KnowledgeLink" IS NOT NULL, r."ResolvedAt" IS NOT NULL,
          r."ResolvedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "Retrospectives" rt WHERE rt."RequestId" = r."Id" AND TRIM(COALESCE(rt."CustomerPerspective", '')) <> ''),
          CASE WHEN r."FirstResponseAt" IS NULL THEN NULL ELSE {d.Seconds("r.\"FirstResponseAt\"", "r.\"CreatedAt\"")} END,
          CASE WHEN r."ResolvedAt" IS NULL THEN NULL ELSE {d.Seconds("r.\"ResolvedAt\"", "r.\"CreatedAt\"")} END
        FROM "Requests" r
        WHERE {where}
        """;

    // Cadence periods are counted up to EndsAt, which is right for any "now" from EndsAt on; the metrics statement counts the rest live.
    private static string ExpectationFacts(MetricsDialect d, string where)
    {
        const string OwnEvent = "v.\"RequestId\" = e.\"RequestId\" AND v.\"EntityType\" = 'Expectation' AND v.\"EntityId\" = e.\"Id\"";
        return $"""
            INSERT INTO "ExpectationMetricFacts" ("ExpectationId", "RequestId", "CustomerId", "OwnerId", "FirstChannel", "Priority", "DueAt", "Status",
              "Warned", "CadenceSeconds", "StartsAt", "EndsAt", "CadencePeriods", "CadencePeriodsUpdated")
            SELECT x.id, x.rq, x.customer, x.owner, x.channel, x.priority, x.due, x.status, x.warned, x.cadence, x.starts, x.ends,
              CASE WHEN x.cadence > 0 AND x.status <> 'Renegotiated' AND x.ends > x.starts THEN {d.Ceiling($"{d.Seconds("x.ends", "x.starts")} / x.cadence")} END,
              CASE WHEN x.cadence > 0 AND x.status <> 'Renegotiated' AND x.ends > x.starts THEN
                (SELECT COUNT(DISTINCT {d.Floor($"{d.Seconds("u.\"OccurredAt\"", "x.starts")} / x.cadence")}) FROM "Interactions" u
                  WHERE u."RequestId" = x.rq AND u."Kind" = 'StatusUpdate' AND u."OccurredAt" >= x.starts AND u."OccurredAt" < x.ends) END
            FROM (
              SELECT e."Id" AS id, e."RequestId" AS rq, r."CustomerId" AS customer, r."OwnerId" AS owner, {MetricsScope.FirstChannel("r.\"Id\"")} AS channel,
                r."Priority" AS priority, e."DueAt" AS due, e."Status" AS status,
                CASE WHEN e."UpdateCadence" IS NULL THEN NULL ELSE {d.DurationSeconds("e.\"UpdateCadence\"")} END AS cadence,
                COALESCE(
                  (SELECT MIN(v."OccurredAt") FROM "Events" v WHERE {OwnEvent} AND v."Type" = 'ExpectationStatusChanged' AND v."PreviousStatus" IS NULL),
                  r."FirstResponseAt", r."CreatedAt") AS starts,
                {d.Earliest("e.\"DueAt\"", "COALESCE(r.\"ResolvedAt\", e.\"DueAt\")")} AS ends,
                e."Status" = 'Missed' AND (
                  EXISTS (SELECT 1 FROM "Events" v WHERE {OwnEvent} AND v."OccurredAt" < e."DueAt"
                    AND (v."Type" = 'ExpectationAtRisk' OR (v."Type" = 'ExpectationStatusChanged' AND v."Status" = 'AT_RISK')))
                  OR EXISTS (SELECT 1 FROM "Expectations" p {d.IndexedBy("IX_Expectations_ReplacedById")} WHERE p."ReplacedById" = e."Id" AND EXISTS (
                    SELECT 1 FROM "Events" v WHERE v."RequestId" = p."RequestId" AND v."EntityType" = 'Expectation' AND v."EntityId" = p."Id"
                      AND v."Type" = 'ExpectationStatusChanged' AND v."Status" = 'RENEGOTIATED' AND v."OccurredAt" < e."DueAt"))) AS warned
              FROM "Expectations" e JOIN "Requests" r ON r."Id" = e."RequestId"
              WHERE {where}
            ) x
            """;
    }

    private static string InteractionFacts(string where) => $"""
        INSERT INTO "InteractionMetricFacts" ("InteractionId", "CustomerId", "RequestId", "LeadStaffMemberId", "Channel", "Priority", "OccurredAt",
          "Preferred", "LedByUsualContact")
        SELECT i."Id", i."CustomerId", i."RequestId", {MetricsScope.Lead("i.\"Id\"")}, i."Channel", r."Priority", i."OccurredAt", i."OnPreferredChannel",
          EXISTS (SELECT 1 FROM "InteractionParticipants" p JOIN "CustomerUsualContacts" uc ON uc."CustomerId" = i."CustomerId" AND uc."StaffMemberId" = p."StaffMemberId"
            WHERE p."InteractionId" = i."Id" AND p."Role" = 'Lead')
        FROM "Interactions" i LEFT JOIN "Requests" r ON r."Id" = i."RequestId"
        WHERE {where}
        """;

    // From the interaction facts just written: their scope, once per participant.
    private static string ContactFacts(string where) => $"""
        INSERT INTO "ContactMetricFacts" ("CustomerId", "StaffMemberId", "OccurredAt", "InteractionId", "RequestId", "LeadStaffMemberId", "Channel", "Priority")
        SELECT f."CustomerId", p."StaffMemberId", f."OccurredAt", f."InteractionId", f."RequestId", f."LeadStaffMemberId", f."Channel", f."Priority"
        FROM "InteractionMetricFacts" f JOIN "InteractionParticipants" p ON p."InteractionId" = f."InteractionId"
        WHERE {where}
        """;

    // Only the lists with ids: a constant-false term in an OR would keep the planners from searching each term's index.
    private static string AnyOf(params (string Column, IReadOnlyCollection<int> Ids)[] terms)
    {
        var present = terms.Where(term => term.Ids.Count > 0).Select(term => In(term.Column, term.Ids)).ToList();
        return present.Count == 0 ? "1 = 0" : $"({string.Join(" OR ", present)})";
    }

    // Ids are integers, written into the statement: no parameter limit to meet, nothing to escape.
    private static string In(string column, IReadOnlyCollection<int>? ids) => ids switch
    {
        null => "1 = 1",
        { Count: 0 } => "1 = 0",
        _ => $"{column} IN ({string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))})",
    };
}
