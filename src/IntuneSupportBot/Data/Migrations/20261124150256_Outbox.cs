using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntuneSupportBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class Outbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "card_copies");

            migrationBuilder.DropTable(
                name: "outbox_messages");
        }
    }
}
