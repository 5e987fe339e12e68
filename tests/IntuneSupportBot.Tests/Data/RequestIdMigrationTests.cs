using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IntuneSupportBot.Tests.Data;

/// <summary>A database that remembered applied requests in a table of their own, migrated on a real SQLite file.</summary>
public sealed class RequestIdMigrationTests : IDisposable
{
    private const string WithRequestTable = "20261124194206_OutboxRetention";

    private readonly MigrationDatabase _file = new();

    [Fact]
    public async Task Each_remembered_request_moves_onto_the_event_it_produced_and_back_when_migrated_down()
    {
        await using var db = await _file.AtAsync(WithRequestTable);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO tickets (Id, Number, RequesterObjectId, RequesterTeamsUserId, RequesterName, RequesterLocale, ReportJson, DevicesJson,
                NotesJson, HandoffsJson, Tier, State, AssigneeObjectId, AssigneeName, CreatedAt, UpdatedAt, Version)
            VALUES ('INT-1001', 1001, 'u', '29:u', 'U', 'en-US', '{{}}', '{{}}', '[]', '[]', 1, 'Claimed', 'a', 'A', 0, 0, 3);
            INSERT INTO ticket_events (TicketId, Sequence, Kind, At, ActorObjectId, ActorName, ActorRole, ActorTier, ActorIsLead, FromState, FromTier, ToState, ToTier)
            VALUES ('INT-1001', 1, 'Filed', 0, 'u', 'U', 'Requester', 0, 0, 'New', 1, 'New', 1),
                   ('INT-1001', 2, 'Claimed', 1, 'a', 'A', 'Agent', 1, 0, 'New', 1, 'Claimed', 1),
                   ('INT-1001', 3, 'NoteAdded', 2, 'a', 'A', 'Agent', 1, 0, 'Claimed', 1, 'Claimed', 1);
            INSERT INTO ticket_requests (TicketId, CommandKind, ActorObjectId, RequestId, EventSequence)
            VALUES ('INT-1001', 'Claim', 'a', 'f:claim', 2), ('INT-1001', 'AddNote', 'a', 'f:note', 3);
            """);

        await db.Database.MigrateAsync();

        var requestIds = await db.TicketEvents.AsNoTracking().OrderBy(e => e.Sequence).Select(e => e.RequestId).ToListAsync();
        Assert.Equal([null, "f:claim", "f:note"], requestIds);
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM sqlite_master WHERE name = 'ticket_requests'"));

        await db.GetService<IMigrator>().MigrateAsync(WithRequestTable);

        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM ticket_requests WHERE CommandKind = 'Claim' AND RequestId = 'f:claim' AND EventSequence = 2"));
        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM ticket_requests WHERE CommandKind = 'AddNote' AND RequestId = 'f:note' AND EventSequence = 3"));
        Assert.Equal(3, await CountAsync(db, "SELECT count(*) FROM ticket_events"));
    }

    private static async Task<long> CountAsync(AppDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)(await command.ExecuteScalarAsync())!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public void Dispose() => _file.Dispose();
}
