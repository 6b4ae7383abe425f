using System;
using GraphApi.Metrics;
using GraphApi.Metrics.Facts;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphApi.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MetricFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // WITHOUT ROWID, which EF Core's CreateTable cannot say: each table is stored in its key's order (customer first).
            migrationBuilder.Sql("""
                CREATE TABLE "ContactMetricFacts" (
                    "CustomerId" INTEGER NOT NULL,
                    "StaffMemberId" INTEGER NOT NULL,
                    "OccurredAt" TEXT NOT NULL,
                    "InteractionId" INTEGER NOT NULL,
                    "RequestId" INTEGER,
                    "LeadStaffMemberId" INTEGER,
                    "Channel" TEXT NOT NULL,
                    "Priority" TEXT,
                    CONSTRAINT "PK_ContactMetricFacts" PRIMARY KEY ("CustomerId", "StaffMemberId", "OccurredAt", "InteractionId")
                ) WITHOUT ROWID
                """);

            migrationBuilder.Sql("""
                CREATE TABLE "ExpectationMetricFacts" (
                    "ExpectationId" INTEGER NOT NULL,
                    "CustomerId" INTEGER NOT NULL,
                    "DueAt" TEXT NOT NULL,
                    "RequestId" INTEGER NOT NULL,
                    "OwnerId" INTEGER,
                    "FirstChannel" TEXT,
                    "Priority" TEXT NOT NULL,
                    "Status" TEXT NOT NULL,
                    "Warned" INTEGER NOT NULL,
                    "CadenceSeconds" REAL,
                    "StartsAt" TEXT NOT NULL,
                    "EndsAt" TEXT NOT NULL,
                    "CadencePeriods" INTEGER,
                    "CadencePeriodsUpdated" INTEGER,
                    CONSTRAINT "PK_ExpectationMetricFacts" PRIMARY KEY ("CustomerId", "DueAt", "ExpectationId")
                ) WITHOUT ROWID
                """);

            migrationBuilder.Sql("""
                CREATE TABLE "InteractionMetricFacts" (
                    "InteractionId" INTEGER NOT NULL,
                    "CustomerId" INTEGER NOT NULL,
                    "OccurredAt" TEXT NOT NULL,
                    "RequestId" INTEGER,
                    "LeadStaffMemberId" INTEGER,
                    "Channel" TEXT NOT NULL,
                    "Priority" TEXT,
                    "Preferred" INTEGER NOT NULL,
                    "LedByUsualContact" INTEGER NOT NULL,
                    CONSTRAINT "PK_InteractionMetricFacts" PRIMARY KEY ("CustomerId", "OccurredAt", "InteractionId")
                ) WITHOUT ROWID
                """);

            migrationBuilder.Sql("""
                CREATE TABLE "RequestMetricFacts" (
                    "RequestId" INTEGER NOT NULL,
                    "CustomerId" INTEGER NOT NULL,
                    "CreatedAt" TEXT NOT NULL,
                    "OwnerId" INTEGER,
                    "FirstChannel" TEXT,
                    "Priority" TEXT NOT NULL,
                    "Decision" TEXT,
                    "Educated" INTEGER NOT NULL,
                    "Resolved" INTEGER NOT NULL,
                    "Covered" INTEGER NOT NULL,
                    "FirstResponseSeconds" REAL,
                    "ResolveSeconds" REAL,
                    CONSTRAINT "PK_RequestMetricFacts" PRIMARY KEY ("CustomerId", "CreatedAt", "RequestId")
                ) WITHOUT ROWID
                """);

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
            migrationBuilder.Sql(MetricFactStatements.Refresh(SqliteMetricsDialect.Instance, null));
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
