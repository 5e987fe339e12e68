using System.Data.Common;
using IntuneSupportBot.Data;
using IntuneSupportBot.Tests.Tickets;
using IntuneSupportBot.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Data;

/// <summary>Writes of many callers in one transaction, on a real SQLite file.</summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private TicketDatabase _database = null!;

    private GroupCommit Writes => _database.Services.GetRequiredService<GroupCommit>();

    public async Task InitializeAsync() => _database = await TicketDatabase.StartAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Writes_queued_together_share_one_transaction_and_one_that_fails_or_gives_up_leaves_the_others_rows()
    {
        var committed = new List<string>();
        var seenByLast = new List<string>();
        var seenFromOutside = new List<string>();
        Task<string> kept, failed, gaveUp, last;
        // While another writer holds the gate, the four writes queue up and are then written as one batch.
        using (await _database.Services.GetRequiredService<DatabaseWriteGate>().EnterAsync(default))
        {
            kept = Writes.WriteAsync(async (db, ct) =>
            {
                await AddAsync(db, "kept", ct);
                return new BatchedWrite<string>("kept", Keep: true);
            }, committed.Add, default);
            failed = Writes.WriteAsync<string>(async (db, ct) =>
            {
                await AddAsync(db, "failed", ct);
                throw new InvalidOperationException("the write broke after its first row");
            }, committed.Add, default);
            gaveUp = Writes.WriteAsync(async (db, ct) =>
            {
                await AddAsync(db, "gave-up", ct);
                return new BatchedWrite<string>("gave-up", Keep: false);
            }, committed.Add, default);
            last = Writes.WriteAsync(async (db, ct) =>
            {
                await AddAsync(db, "last", ct);
                seenByLast.AddRange(await NamesAsync(db));
                await using var outside = await _database.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
                seenFromOutside.AddRange(await NamesAsync(outside));
                return new BatchedWrite<string>("last", Keep: true);
            }, committed.Add, default);
            await Task.Delay(50);
            Assert.False(kept.IsCompleted, "a write waits for the writer holding the gate");
        }

        Assert.Equal("kept", await kept);
        Assert.Equal("the write broke after its first row", (await Assert.ThrowsAsync<InvalidOperationException>(() => failed)).Message);
        Assert.Equal("gave-up", await gaveUp);
        Assert.Equal("last", await last);
        Assert.Equal(["kept", "last"], seenByLast);
        Assert.DoesNotContain("kept", seenFromOutside);
        Assert.Equal(["kept", "last"], committed);
        await using var after = await _database.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(["kept", "last"], await NamesAsync(after));
    }

    [Fact]
    public async Task A_write_whose_caller_gave_up_while_it_waited_is_not_run()
    {
        using var cancel = new CancellationTokenSource();
        var ran = false;
        Task<string> abandoned;
        using (await _database.Services.GetRequiredService<DatabaseWriteGate>().EnterAsync(default))
        {
            abandoned = Writes.WriteAsync((_, _) =>
            {
                ran = true;
                return Task.FromResult(new BatchedWrite<string>("ran", Keep: true));
            }, null, cancel.Token);
            await cancel.CancelAsync();
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.False(ran);
        Assert.Equal("next", await Writes.WriteAsync((_, _) => Task.FromResult(new BatchedWrite<string>("next", Keep: false)), null, default));
    }

    [Fact]
    public async Task Writes_still_queued_when_the_app_stops_are_answered_and_later_ones_refused()
    {
        var gate = await _database.Services.GetRequiredService<DatabaseWriteGate>().EnterAsync(default);
        var queued = Writes.WriteAsync((_, _) => Task.FromResult(new BatchedWrite<string>("written", Keep: true)), null, default);
        var stopping = Task.Run(Writes.Dispose);
        await Task.Delay(50);
        gate.Dispose();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        // The writer was waiting for the gate with the write in hand: it finishes that batch before it stops.
        Assert.Equal("written", await queued.WaitAsync(TimeSpan.FromSeconds(10)));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => Writes.WriteAsync((_, _) => Task.FromResult(new BatchedWrite<string>("late", Keep: true)), null, default));
    }

    [Fact]
    public async Task Batches_one_after_another_are_written_on_one_connection_kept_open_and_a_failed_batch_leaves_the_next_working()
    {
        var first = await ConnectionOfAsync("first");
        var second = await ConnectionOfAsync("second");
        Assert.Same(first, second);
        Assert.Equal(System.Data.ConnectionState.Open, first.State);

        // Ending the transaction under the writer's feet breaks the batch itself, not just this write.
        var broken = Writes.WriteAsync(async (db, ct) =>
        {
            await AddAsync(db, "lost", ct);
            await db.Database.ExecuteSqlRawAsync("ROLLBACK", ct);
            return new BatchedWrite<string>("lost", Keep: true);
        }, null, default);
        await Assert.ThrowsAnyAsync<Exception>(() => broken);
        await ConnectionOfAsync("next");

        Assert.Contains("A batch of 1 writes failed and was rolled back", _database.Logs.All, StringComparison.Ordinal);
        await using var after = await _database.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(["first", "next", "second"], await NamesAsync(after));
    }

    private async Task<DbConnection> ConnectionOfAsync(string name) =>
        await Writes.WriteAsync(async (db, ct) =>
        {
            await AddAsync(db, name, ct);
            return new BatchedWrite<DbConnection>(db.Database.GetDbConnection(), Keep: true);
        }, null, default);

    private static async Task AddAsync(AppDbContext db, string name, CancellationToken ct)
    {
        db.TicketNumbers.Add(new TicketNumberRow { Name = name, Last = 1 });
        await db.SaveChangesAsync(ct);
    }

    private static async Task<List<string>> NamesAsync(AppDbContext db) =>
        await db.TicketNumbers.AsNoTracking().Where(n => n.Name != TicketNumberRow.TicketSequence).OrderBy(n => n.Name).Select(n => n.Name).ToListAsync();
}
