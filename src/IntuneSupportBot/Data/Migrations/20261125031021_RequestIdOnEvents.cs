using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntuneSupportBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class RequestIdOnEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequestId",
                table: "ticket_events",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            // Each remembered request produced one event: its id moves onto that event's row.
            migrationBuilder.Sql(
                """
                UPDATE "ticket_events" SET "RequestId" = r."RequestId"
                FROM "ticket_requests" AS r
                WHERE r."TicketId" = "ticket_events"."TicketId" AND r."EventSequence" = "ticket_events"."Sequence";
                """);

            migrationBuilder.DropTable(
                name: "ticket_requests");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

            // The command is named after the event it produced.
            migrationBuilder.Sql(
                """
                INSERT INTO "ticket_requests" ("TicketId", "CommandKind", "ActorObjectId", "RequestId", "EventSequence")
                SELECT "TicketId",
                    CASE "Kind"
                        WHEN 'Claimed' THEN 'Claim' WHEN 'Unassigned' THEN 'Unassign' WHEN 'Reassigned' THEN 'Reassign'
                        WHEN 'Escalated' THEN 'Escalate' WHEN 'SentToMicrosoft' THEN 'SendToMicrosoft'
                        WHEN 'BackFromMicrosoft' THEN 'BackFromMicrosoft' WHEN 'FixRecorded' THEN 'RecordFix'
                        WHEN 'Resolved' THEN 'Resolve' WHEN 'NoteAdded' THEN 'AddNote' WHEN 'RequesterAsked' THEN 'AskRequester'
                        WHEN 'RequesterReplied' THEN 'RequesterReplied' WHEN 'Confirmed' THEN 'RequesterConfirmed'
                        WHEN 'Reopened' THEN 'RequesterReopened' ELSE 'AutoClose' END,
                    "ActorObjectId", "RequestId", "Sequence"
                FROM "ticket_events" WHERE "RequestId" IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "ticket_events");
        }
    }
}
