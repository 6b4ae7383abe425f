using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphApi.Persistence.Migrations;

/// <summary>What the expectation monitor has raised, so that each warning is raised once.</summary>
[DbContext(typeof(GraphApiDbContext))]
[Migration("20261130010000_ExpectationMonitor")]
public sealed class ExpectationMonitor : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "AtRiskRaisedAt", table: "Expectations", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "UpdateDueRaisedAt", table: "Expectations", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "AtRiskRaisedAt", table: "Expectations");
        migrationBuilder.DropColumn(name: "UpdateDueRaisedAt", table: "Expectations");
    }
}
