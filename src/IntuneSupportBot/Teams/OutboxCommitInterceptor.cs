using System.Data.Common;
using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntuneSupportBot.Teams;

/// <summary>
/// Wakes the dispatcher once a context that enqueued outbox messages has committed them: at the end of
/// SaveChanges without an explicit transaction, or at the commit of the caller's transaction. Waking before the
/// commit would find nothing (the rows are not visible yet) and leave the message to the next poll.
/// The mark is kept on the context itself: a weak table keyed by contexts would leave a GC handle behind for every
/// commit, and the collector's pauses grow with those until a full collection frees them.
/// </summary>
public sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    /// <summary>Marks <paramref name="db"/> as holding outbox messages that are not committed yet.</summary>
    public void Arm(AppDbContext db) => db.HoldsUncommittedOutbox = true;

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeIfCommitted(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WakeIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Fire(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Fire(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Disarm(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Disarm(eventData.Context);
        return Task.CompletedTask;
    }

    private void WakeIfCommitted(DbContext? db)
    {
        if (db?.Database.CurrentTransaction is null)
        {
            Fire(db);
        }
    }

    private void Fire(DbContext? db)
    {
        if (db is AppDbContext { HoldsUncommittedOutbox: true } app)
        {
            app.HoldsUncommittedOutbox = false;
            signal.Wake();
        }
    }

    private static void Disarm(DbContext? db)
    {
        if (db is AppDbContext app)
        {
            app.HoldsUncommittedOutbox = false;
        }
    }
}
