using IntuneSupportBot.Data;
using IntuneSupportBot.Tests.Tickets;
using IntuneSupportBot.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace IntuneSupportBot.Tests.Data;

/// <summary>Plain statements on a real SQLite file: prepared once while a connection stays open, bound anew each time.</summary>
public sealed class DirectSqlTests : IAsyncLifetime
{
    private const string Insert = "INSERT INTO \"ticket_numbers\" (\"Name\", \"Last\") VALUES (@Name, @Last)";

    private TicketDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TicketDatabase.StartAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task On_an_open_connection_a_statement_is_prepared_once_and_runs_with_each_calls_values()
    {
        await using var db = await NewContextAsync();
        await OpenAsync(db);

        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(1, await DirectSql.ExecuteAsync(db, Insert, default, ("Name", $"row {i}"), ("Last", i)));
        }

        Assert.Equal([Insert], PreparedStatements(db));
        Assert.Equal([("row 1", 1), ("row 2", 2), ("row 3", 3)], await RowsAsync());
    }

    [Fact]
    public async Task After_the_connection_closes_the_statement_is_prepared_again_on_the_next_one()
    {
        await using var db = await NewContextAsync();
        await OpenAsync(db);
        await DirectSql.ExecuteAsync(db, Insert, default, ("Name", "before"), ("Last", 1));
        await db.Database.CloseConnectionAsync();

        await OpenAsync(db);
        Assert.Empty(PreparedStatements(db));
        await DirectSql.ExecuteAsync(db, Insert, default, ("Name", "after"), ("Last", 2));

        Assert.Equal([Insert], PreparedStatements(db));
        Assert.Equal([("after", 2), ("before", 1)], await RowsAsync());
    }

    [Fact]
    public async Task On_a_closed_connection_it_opens_runs_and_closes_again_and_null_is_stored_as_null()
    {
        var ticket = await _database.Store.FileAsync(new NewTicket(TicketSamples.Minji, TicketSamples.Report, TicketSamples.Devices, 1), default);
        await using var db = await NewContextAsync();

        await DirectSql.ExecuteAsync(db, "INSERT INTO \"ticket_events\" (\"TicketId\", \"Sequence\", \"Kind\", \"At\", \"ActorObjectId\", \"ActorName\", " +
            "\"ActorRole\", \"ActorTier\", \"ActorIsLead\", \"FromState\", \"FromTier\", \"ToState\", \"ToTier\", \"AssigneeObjectId\", \"Note\") " +
            "VALUES (@TicketId, 2, 'Claimed', 0, 'a', 'A', 'Agent', @ActorTier, @ActorIsLead, 'New', 1, 'New', 1, @AssigneeObjectId, @Note)", default,
            ("TicketId", ticket.Id), ("ActorTier", 2), ("ActorIsLead", true), ("AssigneeObjectId", null), ("Note", null));

        Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State);
        var row = await db.TicketEvents.AsNoTracking().SingleAsync(e => e.Sequence == 2);
        Assert.Equal(2, row.ActorTier);
        Assert.True(row.ActorIsLead);
        Assert.Null(row.AssigneeObjectId);
        Assert.Null(row.Note);
    }

    private async Task<AppDbContext> NewContextAsync() =>
        await _database.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>Opens the connection and lets SQLitePCL list the statements prepared on it from now on.</summary>
    private static async Task OpenAsync(AppDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        ((SqliteConnection)db.Database.GetDbConnection()).Handle!.enable_sqlite3_next_stmt(true);
    }

    /// <summary>The statements SQLite holds prepared on the context's connection.</summary>
    private static List<string> PreparedStatements(AppDbContext db)
    {
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        var statements = new List<string>();
        for (var statement = raw.sqlite3_next_stmt(handle, null); statement is not null && !statement.IsInvalid; statement = raw.sqlite3_next_stmt(handle, statement))
        {
            statements.Add(raw.sqlite3_sql(statement).utf8_to_string());
        }
        return statements;
    }

    private async Task<List<(string, int)>> RowsAsync()
    {
        await using var db = await NewContextAsync();
        var rows = await db.TicketNumbers.AsNoTracking().Where(n => n.Name != TicketNumberRow.TicketSequence).OrderBy(n => n.Name).ToListAsync();
        return [.. rows.Select(n => (n.Name, n.Last))];
    }
}
