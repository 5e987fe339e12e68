using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntuneSupportBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bot_state",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bot_state", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "card_copies",
                columns: table => new
                {
                    CopyKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ThreadKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PostedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_card_copies", x => x.CopyKey);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CopyKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ThreadKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ReplyToId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ActivityJson = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

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
                name: "IX_card_copies_ItemKey",
                table: "card_copies",
                column: "ItemKey");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_IdempotencyKey",
                table: "outbox_messages",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ItemKey_State",
                table: "outbox_messages",
                columns: new[] { "ItemKey", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_State_ThreadKey_Id",
                table: "outbox_messages",
                columns: new[] { "State", "ThreadKey", "Id" });

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
                name: "bot_state");

            migrationBuilder.DropTable(
                name: "card_copies");

            migrationBuilder.DropTable(
                name: "outbox_messages");

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
