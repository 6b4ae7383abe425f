using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphApi.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExpectationFactsByStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_ExpectationMetricFacts",
                table: "ExpectationMetricFacts");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ExpectationMetricFacts",
                table: "ExpectationMetricFacts",
                columns: new[] { "CustomerId", "Status", "DueAt", "ExpectationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpectationMetricFacts_EndsAt",
                table: "ExpectationMetricFacts",
                column: "EndsAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_ExpectationMetricFacts",
                table: "ExpectationMetricFacts");

            migrationBuilder.DropIndex(
                name: "IX_ExpectationMetricFacts_EndsAt",
                table: "ExpectationMetricFacts");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ExpectationMetricFacts",
                table: "ExpectationMetricFacts",
                columns: new[] { "CustomerId", "DueAt", "ExpectationId" });
        }
    }
}
