using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GraphApi.Persistence.Migrations;

/// <summary>The initial schema, written by hand (EF design-time tools do not restore here); MigrationSchemaTests checks it against the model.</summary>
[DbContext(typeof(GraphApiDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "StaffMembers",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(nullable: false),
                Email = table.Column<string>(nullable: false),
                Team = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StaffMembers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Customers",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(nullable: false),
                Email = table.Column<string>(nullable: false),
                BusinessUnit = table.Column<string>(nullable: false),
                PreferredChannels = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Customers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "CustomerUsualContacts",
            columns: table => new
            {
                CustomerId = table.Column<int>(nullable: false),
                StaffMemberId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CustomerUsualContacts", x => new { x.CustomerId, x.StaffMemberId });
                table.ForeignKey("FK_CustomerUsualContacts_Customers_CustomerId", x => x.CustomerId, "Customers", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CustomerUsualContacts_StaffMembers_StaffMemberId", x => x.StaffMemberId, "StaffMembers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ApiKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(nullable: false),
                Role = table.Column<string>(nullable: false),
                CustomerId = table.Column<int>(nullable: true),
                Hash = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                RevokedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApiKeys", x => x.Id);
                table.ForeignKey("FK_ApiKeys_Customers_CustomerId", x => x.CustomerId, "Customers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Requests",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Number = table.Column<string>(nullable: false),
                Title = table.Column<string>(nullable: false),
                Description = table.Column<string>(nullable: true),
                BusinessImpact = table.Column<string>(nullable: true),
                Priority = table.Column<string>(nullable: false),
                Status = table.Column<string>(nullable: false),
                CustomerId = table.Column<int>(nullable: false),
                OwnerId = table.Column<int>(nullable: true),
                Why = table.Column<string>(nullable: true),
                Decision = table.Column<string>(nullable: true),
                DecisionRationale = table.Column<string>(nullable: true),
                DecidedById = table.Column<int>(nullable: true),
                KnowledgeLink = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                FirstResponseAt = table.Column<DateTime>(nullable: true),
                ResolvedAt = table.Column<DateTime>(nullable: true),
                ClosedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Requests", x => x.Id);
                table.ForeignKey("FK_Requests_Customers_CustomerId", x => x.CustomerId, "Customers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Requests_StaffMembers_DecidedById", x => x.DecidedById, "StaffMembers", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Requests_StaffMembers_OwnerId", x => x.OwnerId, "StaffMembers", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "Expectations",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RequestId = table.Column<int>(nullable: false),
                Deliverable = table.Column<string>(nullable: false),
                DueAt = table.Column<DateTime>(nullable: false),
                Alternative = table.Column<string>(nullable: true),
                UpdateCadence = table.Column<TimeSpan>(nullable: true),
                Status = table.Column<string>(nullable: false),
                AgreedWith = table.Column<string>(nullable: true),
                LastUpdateAt = table.Column<DateTime>(nullable: true),
                ReplacedById = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Expectations", x => x.Id);
                table.ForeignKey("FK_Expectations_Expectations_ReplacedById", x => x.ReplacedById, "Expectations", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Expectations_Requests_RequestId", x => x.RequestId, "Requests", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ExternalReferences",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RequestId = table.Column<int>(nullable: false),
                System = table.Column<string>(nullable: false),
                ExternalId = table.Column<string>(nullable: false),
                DisplayKey = table.Column<string>(nullable: true),
                Url = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExternalReferences", x => x.Id);
                table.ForeignKey("FK_ExternalReferences_Requests_RequestId", x => x.RequestId, "Requests", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Interactions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                CustomerId = table.Column<int>(nullable: false),
                RequestId = table.Column<int>(nullable: true),
                Channel = table.Column<string>(nullable: false),
                Direction = table.Column<string>(nullable: false),
                Kind = table.Column<string>(nullable: false),
                Summary = table.Column<string>(nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
                OnPreferredChannel = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Interactions", x => x.Id);
                table.ForeignKey("FK_Interactions_Customers_CustomerId", x => x.CustomerId, "Customers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Interactions_Requests_RequestId", x => x.RequestId, "Requests", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "InteractionParticipants",
            columns: table => new
            {
                InteractionId = table.Column<int>(nullable: false),
                StaffMemberId = table.Column<int>(nullable: false),
                Role = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InteractionParticipants", x => new { x.InteractionId, x.StaffMemberId });
                table.ForeignKey("FK_InteractionParticipants_Interactions_InteractionId", x => x.InteractionId, "Interactions", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_InteractionParticipants_StaffMembers_StaffMemberId", x => x.StaffMemberId, "StaffMembers", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Retrospectives",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RequestId = table.Column<int>(nullable: true),
                HeldAt = table.Column<DateTime>(nullable: false),
                WentWell = table.Column<string>(nullable: true),
                WentWrong = table.Column<string>(nullable: true),
                DoDifferently = table.Column<string>(nullable: true),
                ItPerspective = table.Column<string>(nullable: true),
                CustomerPerspective = table.Column<string>(nullable: true),
                CustomerRating = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Retrospectives", x => x.Id);
                table.CheckConstraint("CK_Retrospectives_CustomerRating", "\"CustomerRating\" BETWEEN 1 AND 5");
                table.ForeignKey("FK_Retrospectives_Requests_RequestId", x => x.RequestId, "Requests", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "ActionItems",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RetrospectiveId = table.Column<int>(nullable: false),
                Text = table.Column<string>(nullable: false),
                OwnerId = table.Column<int>(nullable: true),
                DueAt = table.Column<DateTime>(nullable: true),
                Done = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionItems", x => x.Id);
                table.ForeignKey("FK_ActionItems_Retrospectives_RetrospectiveId", x => x.RetrospectiveId, "Retrospectives", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ActionItems_StaffMembers_OwnerId", x => x.OwnerId, "StaffMembers", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "RetrospectiveParticipants",
            columns: table => new
            {
                RetrospectiveId = table.Column<int>(nullable: false),
                StaffMemberId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RetrospectiveParticipants", x => new { x.RetrospectiveId, x.StaffMemberId });
                table.ForeignKey("FK_RetrospectiveParticipants_Retrospectives_RetrospectiveId", x => x.RetrospectiveId, "Retrospectives", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_RetrospectiveParticipants_StaffMembers_StaffMemberId", x => x.StaffMemberId, "StaffMembers", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_ActionItems_OwnerId", "ActionItems", "OwnerId");
        migrationBuilder.CreateIndex("IX_ActionItems_RetrospectiveId", "ActionItems", "RetrospectiveId");
        migrationBuilder.CreateIndex("IX_ApiKeys_CustomerId", "ApiKeys", "CustomerId");
        migrationBuilder.CreateIndex("IX_ApiKeys_Hash", "ApiKeys", "Hash", unique: true);
        migrationBuilder.CreateIndex("IX_ApiKeys_Name", "ApiKeys", "Name", unique: true);
        migrationBuilder.CreateIndex("IX_Customers_Email", "Customers", "Email", unique: true);
        migrationBuilder.CreateIndex("IX_CustomerUsualContacts_StaffMemberId", "CustomerUsualContacts", "StaffMemberId");
        migrationBuilder.CreateIndex("IX_Expectations_DueAt", "Expectations", "DueAt");
        migrationBuilder.CreateIndex("IX_Expectations_ReplacedById", "Expectations", "ReplacedById");
        migrationBuilder.CreateIndex("IX_Expectations_RequestId", "Expectations", "RequestId");
        migrationBuilder.CreateIndex("IX_ExternalReferences_RequestId", "ExternalReferences", "RequestId");
        migrationBuilder.CreateIndex("IX_ExternalReferences_System_ExternalId", "ExternalReferences", ["System", "ExternalId"], unique: true);
        migrationBuilder.CreateIndex("IX_InteractionParticipants_StaffMemberId", "InteractionParticipants", "StaffMemberId");
        migrationBuilder.CreateIndex("IX_Interactions_CustomerId", "Interactions", "CustomerId");
        migrationBuilder.CreateIndex("IX_Interactions_OccurredAt", "Interactions", "OccurredAt");
        migrationBuilder.CreateIndex("IX_Interactions_RequestId", "Interactions", "RequestId");
        migrationBuilder.CreateIndex("IX_Requests_CustomerId", "Requests", "CustomerId");
        migrationBuilder.CreateIndex("IX_Requests_DecidedById", "Requests", "DecidedById");
        migrationBuilder.CreateIndex("IX_Requests_Number", "Requests", "Number", unique: true);
        migrationBuilder.CreateIndex("IX_Requests_OwnerId", "Requests", "OwnerId");
        migrationBuilder.CreateIndex("IX_Requests_Status", "Requests", "Status");
        migrationBuilder.CreateIndex("IX_RetrospectiveParticipants_StaffMemberId", "RetrospectiveParticipants", "StaffMemberId");
        migrationBuilder.CreateIndex("IX_Retrospectives_RequestId", "Retrospectives", "RequestId");
        migrationBuilder.CreateIndex("IX_StaffMembers_Email", "StaffMembers", "Email", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "ActionItems", "RetrospectiveParticipants", "Retrospectives", "InteractionParticipants", "Interactions", "ExternalReferences", "Expectations", "Requests", "ApiKeys", "CustomerUsualContacts", "Customers", "StaffMembers" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
