using System;
using GraphApi.Metrics;
using GraphApi.Metrics.Facts;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphApi.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MetricFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContactMetricFacts",
                columns: table => new
                {
                    CustomerId = table.Column<int>(type: "integer", nullable: false),
                    StaffMemberId = table.Column<int>(type: "integer", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    InteractionId = table.Column<int>(type: "integer", nullable: false),
                    RequestId = table.Column<int>(type: "integer", nullable: true),
                    LeadStaffMemberId = table.Column<int>(type: "integer", nullable: true),
                    Channel = table.Column<string>(type: "text", nullable: false),
                    Priority = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactMetricFacts", x => new { x.CustomerId, x.StaffMemberId, x.OccurredAt, x.InteractionId });
                });

            migrationBuilder.CreateTable(
                name: "ExpectationMetricFacts",
                columns: table => new
                {
                    ExpectationId = table.Column<int>(type: "integer", nullable: false),
                    CustomerId = table.Column<int>(type: "integer", nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestId = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: true),
                    FirstChannel = table.Column<string>(type: "text", nullable: true),
                    Priority = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Warned = table.Column<bool>(type: "boolean", nullable: false),
                    CadenceSeconds = table.Column<double>(type: "double precision", nullable: true),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CadencePeriods = table.Column<long>(type: "bigint", nullable: true),
                    CadencePeriodsUpdated = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpectationMetricFacts", x => new { x.CustomerId, x.DueAt, x.ExpectationId });
                });

            migrationBuilder.CreateTable(
                name: "InteractionMetricFacts",
                columns: table => new
                {
                    InteractionId = table.Column<int>(type: "integer", nullable: false),
                    CustomerId = table.Column<int>(type: "integer", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestId = table.Column<int>(type: "integer", nullable: true),
                    LeadStaffMemberId = table.Column<int>(type: "integer", nullable: true),
                    Channel = table.Column<string>(type: "text", nullable: false),
                    Priority = table.Column<string>(type: "text", nullable: true),
                    Preferred = table.Column<bool>(type: "boolean", nullable: false),
                    LedByUsualContact = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InteractionMetricFacts", x => new { x.CustomerId, x.OccurredAt, x.InteractionId });
                });

            migrationBuilder.CreateTable(
                name: "RequestMetricFacts",
                columns: table => new
                {
                    RequestId = table.Column<int>(type: "integer", nullable: false),
                    CustomerId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: true),
                    FirstChannel = table.Column<string>(type: "text", nullable: true),
                    Priority = table.Column<string>(type: "text", nullable: false),
                    Decision = table.Column<string>(type: "text", nullable: true),
                    Educated = table.Column<bool>(type: "boolean", nullable: false),
                    Resolved = table.Column<bool>(type: "boolean", nullable: false),
                    Covered = table.Column<bool>(type: "boolean", nullable: false),
                    FirstResponseSeconds = table.Column<double>(type: "double precision", nullable: true),
                    ResolveSeconds = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestMetricFacts", x => new { x.CustomerId, x.CreatedAt, x.RequestId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactMetricFacts_InteractionId",
                table: "ContactMetricFacts",
                column: "InteractionId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMetricFacts_RequestId",
                table: "ContactMetricFacts",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ExpectationMetricFacts_ExpectationId",
                table: "ExpectationMetricFacts",
                column: "ExpectationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExpectationMetricFacts_RequestId",
                table: "ExpectationMetricFacts",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_InteractionMetricFacts_InteractionId",
                table: "InteractionMetricFacts",
                column: "InteractionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InteractionMetricFacts_RequestId",
                table: "InteractionMetricFacts",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestMetricFacts_RequestId",
                table: "RequestMetricFacts",
                column: "RequestId",
                unique: true);

            // The facts are derived: fill them from the rows already there, with the statements every save uses.
            migrationBuilder.Sql(MetricFactStatements.Refresh(PostgresMetricsDialect.Instance, null));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactMetricFacts");

            migrationBuilder.DropTable(
                name: "ExpectationMetricFacts");

            migrationBuilder.DropTable(
                name: "InteractionMetricFacts");

            migrationBuilder.DropTable(
                name: "RequestMetricFacts");
        }
    }
}
