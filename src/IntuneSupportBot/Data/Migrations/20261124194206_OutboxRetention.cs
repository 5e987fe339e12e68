using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntuneSupportBot.Data.Migrations
{
    /// <summary>
    /// SentAt becomes UTC ticks so the clean-up can compare it in SQL, and is indexed with State for it. The column is
    /// swapped in place (add, copy, drop, rename) rather than by a table rebuild, so the whole change is one transaction.
    /// </summary>
    public partial class OutboxRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SentAtTicks",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: true);

            // Text written as "yyyy-MM-dd HH:mm:ss.fffffff+00:00"; kept to the millisecond.
            migrationBuilder.Sql(
                "UPDATE outbox_messages SET SentAtTicks = CAST(ROUND((julianday(SentAt) - julianday('0001-01-01')) * 86400000) AS INTEGER) * 10000 WHERE SentAt IS NOT NULL;");
            migrationBuilder.Sql("ALTER TABLE outbox_messages DROP COLUMN SentAt;");

            migrationBuilder.RenameColumn(
                name: "SentAtTicks",
                table: "outbox_messages",
                newName: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_State_SentAt",
                table: "outbox_messages",
                columns: new[] { "State", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_State_SentAt",
                table: "outbox_messages");

            migrationBuilder.AddColumn<string>(
                name: "SentAtText",
                table: "outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql(
                "UPDATE outbox_messages SET SentAtText = strftime('%Y-%m-%d %H:%M:%f', (SentAt - 621355968000000000) / 10000000.0, 'unixepoch') || '+00:00' WHERE SentAt IS NOT NULL;");
            migrationBuilder.Sql("ALTER TABLE outbox_messages DROP COLUMN SentAt;");

            migrationBuilder.RenameColumn(
                name: "SentAtText",
                table: "outbox_messages",
                newName: "SentAt");
        }
    }
}
