using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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
                Sequence = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Type = table.Column<string>(type: "TEXT", nullable: false),
                EntityType = table.Column<string>(type: "TEXT", nullable: false),
                EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                RequestId = table.Column<int>(type: "INTEGER", nullable: true),
                CustomerId = table.Column<int>(type: "INTEGER", nullable: true),
                PreviousStatus = table.Column<string>(type: "TEXT", nullable: true),
                Status = table.Column<string>(type: "TEXT", nullable: true),
                Actor = table.Column<string>(type: "TEXT", nullable: false),
                OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                Note = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Events", x => x.Sequence));

        migrationBuilder.CreateIndex(name: "IX_Events_Id", table: "Events", column: "Id", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Events_RequestId_Sequence", table: "Events", columns: ["RequestId", "Sequence"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Events");
}
