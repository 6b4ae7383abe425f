using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GraphApi.Persistence.Migrations;

/// <summary>The event outbox, written by hand like <see cref="Initial"/>.</summary>
[DbContext(typeof(GraphApiDbContext))]
[Migration("20261130000000_Events")]
public sealed class Events : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Events",
            columns: table => new
            {
                Sequence = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Id = table.Column<Guid>(nullable: false),
                Type = table.Column<string>(nullable: false),
                EntityType = table.Column<string>(nullable: false),
                EntityId = table.Column<int>(nullable: false),
                RequestId = table.Column<int>(nullable: true),
                CustomerId = table.Column<int>(nullable: true),
                PreviousStatus = table.Column<string>(nullable: true),
                Status = table.Column<string>(nullable: true),
                Actor = table.Column<string>(nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
                Note = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Events", x => x.Sequence));

        migrationBuilder.CreateIndex(name: "IX_Events_Id", table: "Events", column: "Id", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Events_RequestId_Sequence", table: "Events", columns: ["RequestId", "Sequence"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Events");
}
