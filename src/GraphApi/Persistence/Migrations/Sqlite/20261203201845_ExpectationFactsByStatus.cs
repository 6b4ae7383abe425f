using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphApi.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExpectationFactsByStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "\"CustomerId\", \"Status\", \"DueAt\", \"ExpectationId\"", withEndsAtIndex: true);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "\"CustomerId\", \"DueAt\", \"ExpectationId\"", withEndsAtIndex: false);

        // SQLite cannot change a key in place, and EF Core's own rebuild would drop WITHOUT ROWID: copy into a table keyed anew.
        private static void Rebuild(MigrationBuilder migrationBuilder, string key, bool withEndsAtIndex)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "ExpectationMetricFacts_rebuilt" (
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
                    CONSTRAINT "PK_ExpectationMetricFacts" PRIMARY KEY ({key})
                ) WITHOUT ROWID
                """);
            migrationBuilder.Sql("""INSERT INTO "ExpectationMetricFacts_rebuilt" SELECT "ExpectationId", "CustomerId", "DueAt", "RequestId", "OwnerId", "FirstChannel", "Priority", "Status", "Warned", "CadenceSeconds", "StartsAt", "EndsAt", "CadencePeriods", "CadencePeriodsUpdated" FROM "ExpectationMetricFacts" """);
            migrationBuilder.DropTable(name: "ExpectationMetricFacts");
            migrationBuilder.RenameTable(name: "ExpectationMetricFacts_rebuilt", newName: "ExpectationMetricFacts");
            migrationBuilder.CreateIndex(name: "IX_ExpectationMetricFacts_ExpectationId", table: "ExpectationMetricFacts", column: "ExpectationId", unique: true);
            migrationBuilder.CreateIndex(name: "IX_ExpectationMetricFacts_RequestId", table: "ExpectationMetricFacts", column: "RequestId");
            if (withEndsAtIndex)
            {
                migrationBuilder.CreateIndex(name: "IX_ExpectationMetricFacts_EndsAt", table: "ExpectationMetricFacts", column: "EndsAt");
            }
        }
    }
}
