using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntuneSupportBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddTickets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ticket_numbers",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ticket_numbers", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "tickets",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RequesterObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequesterTeamsUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequesterLocale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReportJson = table.Column<string>(type: "TEXT", nullable: false),
                    DevicesJson = table.Column<string>(type: "TEXT", nullable: false),
                    NotesJson = table.Column<string>(type: "TEXT", nullable: false),
                    HandoffsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Tier = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AssigneeObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RootCause = table.Column<string>(type: "TEXT", nullable: true),
                    Fix = table.Column<string>(type: "TEXT", nullable: true),
                    MicrosoftCaseNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", nullable: true),
                    ResolvedTier = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ticket_events",
                columns: table => new
                {
                    TicketId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ActorTier = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorIsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromTier = table.Column<int>(type: "INTEGER", nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ToTier = table.Column<int>(type: "INTEGER", nullable: false),
                    AssigneeObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ticket_events", x => new { x.TicketId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_ticket_events_tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ticket_requests",
                columns: table => new
                {
                    TicketId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommandKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EventSequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ticket_requests", x => new { x.TicketId, x.CommandKind, x.ActorObjectId, x.RequestId });
                    table.ForeignKey(
                        name: "FK_ticket_requests_tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "ticket_numbers",
                columns: new[] { "Name", "Last" },
                values: new object[] { "tickets", 1000 });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_Number",
                table: "tickets",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tickets_RequesterObjectId_CreatedAt",
                table: "tickets",
                columns: new[] { "RequesterObjectId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_State_UpdatedAt",
                table: "tickets",
                columns: new[] { "State", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ticket_events");

            migrationBuilder.DropTable(
                name: "ticket_numbers");

            migrationBuilder.DropTable(
                name: "ticket_requests");

            migrationBuilder.DropTable(
                name: "tickets");
        }
    }
}
