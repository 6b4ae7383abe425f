using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphApi.Persistence.Migrations;

/// <summary>
/// Events' changed fields, staff-bound keys, decision and expectation times, internal notes and participants in the
/// order given (their key becomes the position, so the table is rebuilt with existing participants numbered by staff id).
/// </summary>
[DbContext(typeof(GraphApiDbContext))]
[Migration("20261202000000_DomainEventsAndStaffKeys")]
public sealed class DomainEventsAndStaffKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "ChangedFieldNames", table: "Events", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "DecidedAt", table: "Requests", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "DecisionRationaleInternal", table: "Requests", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<DateTime>(name: "CreatedAt", table: "Expectations", nullable: false, defaultValue: DateTime.UnixEpoch);
        migrationBuilder.AddColumn<DateTime>(name: "MetAt", table: "Expectations", nullable: true);
        migrationBuilder.AddColumn<string>(name: "InternalNote", table: "Interactions", nullable: true);
        migrationBuilder.Sql("""UPDATE "Expectations" SET "CreatedAt" = COALESCE("LastUpdateAt", "DueAt")""");
        migrationBuilder.Sql("""UPDATE "Expectations" SET "MetAt" = COALESCE("LastUpdateAt", "DueAt") WHERE "Status" = 'Met'""");
        migrationBuilder.Sql("""UPDATE "Requests" SET "DecidedAt" = COALESCE("FirstResponseAt", "CreatedAt") WHERE "Decision" IS NOT NULL""");

        // SQLite cannot add a foreign key to an existing table, but it can add a column that references another.
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql("""ALTER TABLE "ApiKeys" ADD COLUMN "StaffMemberId" INTEGER NULL REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT""");
        }
        else
        {
            migrationBuilder.AddColumn<int>(name: "StaffMemberId", table: "ApiKeys", nullable: true);
            migrationBuilder.AddForeignKey("FK_ApiKeys_StaffMembers_StaffMemberId", "ApiKeys", "StaffMemberId", "StaffMembers", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        }

        migrationBuilder.CreateIndex("IX_ApiKeys_StaffMemberId", "ApiKeys", "StaffMemberId");

        migrationBuilder.Sql("""CREATE TABLE "InteractionParticipantsBefore" AS SELECT * FROM "InteractionParticipants" """);
        migrationBuilder.DropTable(name: "InteractionParticipants");
        migrationBuilder.CreateTable(
            name: "InteractionParticipants",
            columns: table => new
            {
                InteractionId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                StaffMemberId = table.Column<int>(nullable: false),
                Role = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InteractionParticipants", x => new { x.InteractionId, x.Position });
                table.ForeignKey("FK_InteractionParticipants_Interactions_InteractionId", x => x.InteractionId, "Interactions", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_InteractionParticipants_StaffMembers_StaffMemberId", x => x.StaffMemberId, "StaffMembers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.Sql("""
            INSERT INTO "InteractionParticipants" ("InteractionId", "Position", "StaffMemberId", "Role")
            SELECT b."InteractionId",
                   (SELECT COUNT(*) FROM "InteractionParticipantsBefore" o WHERE o."InteractionId" = b."InteractionId" AND o."StaffMemberId" < b."StaffMemberId"),
                   b."StaffMemberId", b."Role"
            FROM "InteractionParticipantsBefore" b
            """);
        migrationBuilder.DropTable(name: "InteractionParticipantsBefore");
        migrationBuilder.CreateIndex("IX_InteractionParticipants_InteractionId_StaffMemberId", "InteractionParticipants", ["InteractionId", "StaffMemberId"], unique: true);
        migrationBuilder.CreateIndex("IX_InteractionParticipants_StaffMemberId", "InteractionParticipants", "StaffMemberId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_InteractionParticipants_InteractionId_StaffMemberId", table: "InteractionParticipants");
        migrationBuilder.DropPrimaryKey(name: "PK_InteractionParticipants", table: "InteractionParticipants");
        migrationBuilder.DropColumn(name: "Position", table: "InteractionParticipants");
        migrationBuilder.AddPrimaryKey("PK_InteractionParticipants", "InteractionParticipants", ["InteractionId", "StaffMemberId"]);
        migrationBuilder.DropIndex(name: "IX_ApiKeys_StaffMemberId", table: "ApiKeys");
        migrationBuilder.DropColumn(name: "StaffMemberId", table: "ApiKeys");
        migrationBuilder.DropColumn(name: "InternalNote", table: "Interactions");
        migrationBuilder.DropColumn(name: "MetAt", table: "Expectations");
        migrationBuilder.DropColumn(name: "CreatedAt", table: "Expectations");
        migrationBuilder.DropColumn(name: "DecisionRationaleInternal", table: "Requests");
        migrationBuilder.DropColumn(name: "DecidedAt", table: "Requests");
        migrationBuilder.DropColumn(name: "ChangedFieldNames", table: "Events");
    }
}
