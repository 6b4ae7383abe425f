using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GraphApi.Persistence.Migrations;

/// <summary>The audit trail: one entry per mutation that changed something, and the objects it changed.</summary>
[DbContext(typeof(GraphApiDbContext))]
[Migration("20261202000000_AuditTrail")]
public sealed class AuditTrail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                OccurredAt = table.Column<DateTime>(nullable: false),
                Mutation = table.Column<string>(nullable: false),
                ActorKind = table.Column<string>(nullable: false),
                ActorId = table.Column<string>(nullable: false),
                ActorName = table.Column<string>(nullable: true),
                ActorRole = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AuditTargets",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                AuditEntryId = table.Column<int>(nullable: false),
                EntityType = table.Column<string>(nullable: false),
                EntityId = table.Column<string>(nullable: false),
                Change = table.Column<string>(nullable: false),
                ChangedFields = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditTargets", x => x.Id);
                table.ForeignKey(name: "FK_AuditTargets_AuditEntries_AuditEntryId", column: x => x.AuditEntryId, principalTable: "AuditEntries", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_AuditEntries_OccurredAt", table: "AuditEntries", column: "OccurredAt");
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_ActorKind_ActorId", table: "AuditEntries", columns: ["ActorKind", "ActorId"]);
        migrationBuilder.CreateIndex(name: "IX_AuditTargets_AuditEntryId", table: "AuditTargets", column: "AuditEntryId");
        migrationBuilder.CreateIndex(name: "IX_AuditTargets_EntityId_AuditEntryId", table: "AuditTargets", columns: ["EntityId", "AuditEntryId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditTargets");
        migrationBuilder.DropTable(name: "AuditEntries");
    }
}
