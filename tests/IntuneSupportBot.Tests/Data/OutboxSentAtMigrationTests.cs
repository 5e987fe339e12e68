using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Tests.Data;

/// <summary>A database written before outbox send times were stored as ticks, migrated on a real SQLite file.</summary>
public sealed class OutboxSentAtMigrationTests : IDisposable
{
    private const string BeforeTicks = "20261124151502_InitialCreate";

    private readonly MigrationDatabase _file = new();

    [Fact]
    public async Task Send_times_written_as_text_are_kept_to_the_millisecond_and_can_be_compared_after_the_migration()
    {
        await using var db = await _file.AtAsync(BeforeTicks);
        // As the provider wrote DateTimeOffset before: text with the offset; the app writes UTC, a stray offset still converts.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO outbox_messages (IdempotencyKey, ItemKey, CopyKey, ThreadKey, Kind, ActivityJson, State, CreatedAt, Attempts, NextAttemptAt, SentAt)
            VALUES ('post/a', 'ticket/INT-80', 'ticket/INT-80/tier1', 'channel/a', 'CreateChannelThread', '', 'Sent', '2026-11-20 08:30:15.1234567+00:00', 1, 0, '2026-11-20 08:30:15.1234567+00:00'),
                   ('post/b', 'ticket/INT-81', 'ticket/INT-81/tier1', 'channel/b', 'CreateChannelThread', '', 'Sent', '2026-11-23 17:30:15+09:00', 1, 0, '2026-11-23 17:30:15+09:00'),
                   ('post/c', 'ticket/INT-82', 'ticket/INT-82/tier1', 'channel/c', 'CreateChannelThread', '', 'Pending', '2026-11-24 10:00:00+00:00', 0, 0, NULL)
            """);

        await db.Database.MigrateAsync();

        var sentAt = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).Select(m => m.SentAt).ToListAsync();
        Assert.Equal([new DateTimeOffset(2026, 11, 20, 8, 30, 15, 123, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 8, 30, 15, TimeSpan.Zero), null], sentAt);
        var cutoff = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(["post/a"], await db.OutboxMessages.Where(m => m.SentAt < cutoff).Select(m => m.IdempotencyKey).ToListAsync());
    }

    public void Dispose() => _file.Dispose();
}
