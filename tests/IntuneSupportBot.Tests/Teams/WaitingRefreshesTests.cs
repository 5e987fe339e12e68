using IntuneSupportBot.Data;
using IntuneSupportBot.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Teams;

/// <summary>
/// Card changes queue refreshes through the group commit, with the dispatcher off so that the test claims them:
/// a copy known to have one waiting is not asked about, and the knowledge never outlives the waiting refresh.
/// </summary>
public sealed class WaitingRefreshesTests : IAsyncLifetime
{
    private const string Item = "ticket/INT-1";
    private OutboxTestBed _bed = null!;
    private int _change;

    private GroupCommit Writes => _bed.Host.Services.GetRequiredService<GroupCommit>();

    private OutboxQueue Queue => _bed.Host.Services.GetRequiredService<OutboxQueue>();

    public async Task InitializeAsync() => _bed = await OutboxTestBed.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_copy_with_a_refresh_waiting_is_not_asked_about_until_that_refresh_is_claimed()
    {
        Assert.Equal(1, await ChangeAsync("tier1"));
        Assert.Equal(0, await ChangeAsync("tier1"));
        // Removed behind the list's back (nothing in the app does this): the next change shows it asks nothing.
        await _bed.ReadAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"outbox_messages\""));
        Assert.Equal(0, await ChangeAsync("tier1"));
        Assert.Empty(await _bed.MessagesAsync());
    }

    [Fact]
    public async Task Once_its_refresh_is_claimed_the_next_change_queues_a_new_one()
    {
        Assert.Equal(1, await ChangeAsync("tier1"));
        var claimed = Assert.Single(await Queue.ClaimDueAsync(10, default));
        Assert.Equal(OutboxState.Sending, claimed.State);

        Assert.Equal(1, await ChangeAsync("tier1"));

        Assert.Equal([OutboxState.Sending, OutboxState.Pending], (await _bed.MessagesAsync()).Select(m => m.State));
    }

    [Fact]
    public async Task A_claim_earlier_in_the_same_batch_makes_a_later_change_queue_a_new_refresh()
    {
        Assert.Equal(1, await ChangeAsync("tier1"));
        Task<IReadOnlyList<OutboxMessage>> claim;
        Task<int> change;
        using (await _bed.Host.Services.GetRequiredService<DatabaseWriteGate>().EnterAsync(default))
        {
            claim = Queue.ClaimDueAsync(10, default);
            // The claim reads its thread heads before the gate, then queues its write ahead of the change.
            await Task.Delay(300);
            Assert.False(claim.IsCompleted);
            change = ChangeAsync("tier1");
            await Task.Delay(50);
        }

        Assert.Single(await claim);
        Assert.Equal(1, await change);
        Assert.Equal([OutboxState.Sending, OutboxState.Pending], (await _bed.MessagesAsync()).Select(m => m.State));
    }

    [Fact]
    public async Task A_change_rolled_back_leaves_its_copy_unknown()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Writes.WriteAsync<int>(async (db, ct) =>
        {
            await EnqueueAsync(db, "tier1", ct);
            throw new InvalidOperationException("the change failed after queuing its refresh");
        }, null, default));
        Assert.Empty(await _bed.MessagesAsync());

        Assert.Equal(1, await ChangeAsync("tier1"));

        Assert.Single(await _bed.MessagesAsync());
    }

    [Fact]
    public async Task A_change_with_its_own_transaction_queues_as_before_and_lists_nothing()
    {
        var queued = 0;
        await _bed.CommitAsync(async (db, _) => queued = await EnqueueAsync(db, "tier1", default));
        Assert.Equal(1, queued);
        Assert.Single(await Queue.ClaimDueAsync(10, default));

        Assert.Equal(1, await ChangeAsync("tier1"));
    }

    private Task<int> ChangeAsync(string copy) =>
        Writes.WriteAsync(async (db, ct) => new BatchedWrite<int>(await EnqueueAsync(db, copy, ct), Keep: true), null, default);

    private Task<int> EnqueueAsync(AppDbContext db, string copy, CancellationToken ct)
    {
        var copyKey = $"{Item}/{copy}";
        return _bed.Outbox.EnqueueRefreshesAsync(db, [OutboxMessage.RefreshCopy($"refresh/{copyKey}/v{++_change}", Item, copyKey, $"thread/{copy}")], ct);
    }
}
