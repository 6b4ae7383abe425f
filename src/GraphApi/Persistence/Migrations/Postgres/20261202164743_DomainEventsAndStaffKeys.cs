using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphApi.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DomainEventsAndStaffKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_InteractionParticipants",
                table: "InteractionParticipants");

            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAt",
                table: "Requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DecisionRationaleInternal",
                table: "Requests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "InternalNote",
                table: "Interactions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "InteractionParticipants",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Participants logged before had no order: number them by staff id, so that the new key (interaction, position) is unique.
            migrationBuilder.Sql("""
                UPDATE "InteractionParticipants" SET "Position" = (
                    SELECT COUNT(*) FROM "InteractionParticipants" AS "Earlier"
                    WHERE "Earlier"."InteractionId" = "InteractionParticipants"."InteractionId" AND "Earlier"."StaffMemberId" < "InteractionParticipants"."StaffMemberId")
                """);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "Expectations",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "MetAt",
                table: "Expectations",
                type: "timestamp with time zone",
                nullable: true);

            // Existing rows get the best times they have: an expectation was set no later than its last update, a decision no later than the first response.
            migrationBuilder.Sql("""UPDATE "Expectations" SET "CreatedAt" = COALESCE("LastUpdateAt", "DueAt")""");
            migrationBuilder.Sql("""UPDATE "Expectations" SET "MetAt" = COALESCE("LastUpdateAt", "DueAt") WHERE "Status" = 'Met'""");
            migrationBuilder.Sql("""UPDATE "Requests" SET "DecidedAt" = COALESCE("FirstResponseAt", "CreatedAt") WHERE "Decision" IS NOT NULL""");

            migrationBuilder.AddColumn<string>(
                name: "ChangedFieldNames",
                table: "Events",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StaffMemberId",
                table: "ApiKeys",
                type: "integer",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_InteractionParticipants",
                table: "InteractionParticipants",
                columns: new[] { "InteractionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_InteractionParticipants_InteractionId_StaffMemberId",
                table: "InteractionParticipants",
                columns: new[] { "InteractionId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_StaffMemberId",
                table: "ApiKeys",
                column: "StaffMemberId");

            migrationBuilder.AddForeignKey(
                name: "FK_ApiKeys_StaffMembers_StaffMemberId",
                table: "ApiKeys",
                column: "StaffMemberId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ApiKeys_StaffMembers_StaffMemberId",
                table: "ApiKeys");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InteractionParticipants",
                table: "InteractionParticipants");

            migrationBuilder.DropIndex(
                name: "IX_InteractionParticipants_InteractionId_StaffMemberId",
                table: "InteractionParticipants");

            migrationBuilder.DropIndex(
                name: "IX_ApiKeys_StaffMemberId",
                table: "ApiKeys");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DecisionRationaleInternal",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "InternalNote",
                table: "Interactions");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "InteractionParticipants");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Expectations");

            migrationBuilder.DropColumn(
                name: "MetAt",
                table: "Expectations");

            migrationBuilder.DropColumn(
                name: "ChangedFieldNames",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "StaffMemberId",
                table: "ApiKeys");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InteractionParticipants",
                table: "InteractionParticipants",
                columns: new[] { "InteractionId", "StaffMemberId" });
        }
    }
}
