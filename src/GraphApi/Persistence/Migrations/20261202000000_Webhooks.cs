using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GraphApi.Persistence.Migrations;

/// <summary>Outbound webhook subscriptions with their delivery state, and their dead letters; written by hand like <see cref="Initial"/>.</summary>
[DbContext(typeof(GraphApiDbContext))]
[Migration("20261202000000_Webhooks")]
public sealed class Webhooks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WebhookSubscriptions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Url = table.Column<string>(nullable: false),
                EventTypeNames = table.Column<string>(nullable: false),
                RequestId = table.Column<int>(nullable: true),
                CustomerId = table.Column<int>(nullable: true),
                Secret = table.Column<string>(nullable: false),
                Status = table.Column<string>(nullable: false),
                Position = table.Column<long>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                RetryingSince = table.Column<DateTime>(nullable: true),
                NextAttemptAt = table.Column<DateTime>(nullable: true),
                LastAttemptAt = table.Column<DateTime>(nullable: true),
                LastDeliveredAt = table.Column<DateTime>(nullable: true),
                LastStatusCode = table.Column<int>(nullable: true),
                LastError = table.Column<string>(nullable: true),
                FailingSince = table.Column<DateTime>(nullable: true),
                LeaseOwner = table.Column<string>(nullable: true),
                LeaseExpiresAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WebhookSubscriptions", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_WebhookSubscriptions_Status", table: "WebhookSubscriptions", column: "Status");

        migrationBuilder.CreateTable(
            name: "WebhookDeadLetters",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                SubscriptionId = table.Column<int>(nullable: false),
                EventSequence = table.Column<long>(nullable: false),
                EventId = table.Column<Guid>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                LastStatusCode = table.Column<int>(nullable: true),
                Error = table.Column<string>(nullable: false),
                DeadLetteredAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WebhookDeadLetters", x => x.Id);
                table.ForeignKey("FK_WebhookDeadLetters_WebhookSubscriptions_SubscriptionId", x => x.SubscriptionId, "WebhookSubscriptions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_WebhookDeadLetters_SubscriptionId_EventSequence", table: "WebhookDeadLetters", columns: ["SubscriptionId", "EventSequence"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "WebhookDeadLetters");
        migrationBuilder.DropTable(name: "WebhookSubscriptions");
    }
}
