using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Teams;

/// <summary>
/// Writes outbox messages. A caller with its own transaction adds them to its context, so they commit (or roll back)
/// together with the change that causes them; the dispatcher is woken once they are committed.
/// </summary>
public sealed class Outbox(
    IDbContextFactory<AppDbContext> contexts,
    DatabaseWriteGate writeGate,
    OutboxCommitInterceptor commits,
    GroupCommit groupCommit,
    WaitingRefreshes waiting,
    TimeProvider clock)
{
    // Every card change runs this inside the write gate, once per copy: it is queued unless that copy's refresh is
    // still waiting (it draws the card when it is sent, so it will show this change too) or its key is taken. A copy
    // belongs to one item, so naming the item changes no answer and lets the look-up use the (item, state) index.
    private const string InsertRefresh =
        "INSERT INTO \"outbox_messages\" (\"IdempotencyKey\", \"ItemKey\", \"CopyKey\", \"ThreadKey\", \"Kind\", \"ActivityJson\", " +
        "\"State\", \"CreatedAt\", \"Attempts\", \"NextAttemptAt\") " +
        "SELECT @IdempotencyKey, @ItemKey, @CopyKey, @ThreadKey, 'RefreshCopy', '', 'Pending', @CreatedAt, 0, @NextAttemptAt " +
        "WHERE NOT EXISTS (SELECT 1 FROM \"outbox_messages\" WHERE \"IdempotencyKey\" = @IdempotencyKey) " +
        "AND NOT EXISTS (SELECT 1 FROM \"outbox_messages\" WHERE \"ItemKey\" = @ItemKey AND \"State\" = 'Pending' " +
        "AND \"Kind\" = 'RefreshCopy' AND \"CopyKey\" = @CopyKey)";

    /// <summary>
    /// Adds <paramref name="message"/> to <paramref name="db"/>; it is saved by the caller's SaveChanges/commit. A second
    /// message with the same idempotency key in the same context is ignored; one already committed makes the caller's
    /// save fail on the unique key (use <see cref="EnqueueAsync(AppDbContext, OutboxMessage, CancellationToken)"/> to skip it instead).
    /// </summary>
    public void Enqueue(AppDbContext db, OutboxMessage message)
    {
        if (IsQueuedIn(db, message.IdempotencyKey))
        {
            return;
        }

        var now = clock.GetUtcNow();
        message.State = OutboxState.Pending;
        message.CreatedAt = now;
        message.NextAttemptAt = now;
        message.Attempts = 0;
        db.OutboxMessages.Add(message);
        commits.Arm(db);
    }

    /// <summary>
    /// Like <see cref="Enqueue"/>, and also skips a message whose idempotency key is already committed, or a post of a
    /// copy that is already posted (its own row may have been cleaned up since); true when added.
    /// </summary>
    public async Task<bool> EnqueueAsync(AppDbContext db, OutboxMessage message, CancellationToken ct)
    {
        if (IsQueuedIn(db, message.IdempotencyKey) || await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == message.IdempotencyKey, ct)
            || (message.CreatesCopy && await db.CardCopies.AnyAsync(c => c.CopyKey == message.CopyKey, ct)))
        {
            return false;
        }

        Enqueue(db, message);
        return true;
    }

    /// <summary>
    /// Queues a card update, or — since an update replaces the whole card — gives the newer card to an update of the
    /// same copy that is still waiting, so a busy ticket never piles up updates nobody will see. True when queued.
    /// </summary>
    public async Task<bool> EnqueueUpdateAsync(AppDbContext db, OutboxMessage update, CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries<OutboxMessage>()
            .FirstOrDefault(e => e.State == EntityState.Added && e.Entity.Kind == OutboxMessageKind.UpdateCopy && e.Entity.CopyKey == update.CopyKey);
        if (added is not null)
        {
            added.Entity.ActivityJson = update.ActivityJson;
            return true;
        }
        var replaced = await db.OutboxMessages
            .Where(m => m.CopyKey == update.CopyKey && m.Kind == OutboxMessageKind.UpdateCopy && m.State == OutboxState.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ActivityJson, update.ActivityJson), ct);
        return replaced > 0 || await EnqueueAsync(db, update, ct);
    }

    /// <summary>
    /// Queues each refresh unless one for the same copy is already waiting (it draws the card when it is sent, so it
    /// will show this change too) or its idempotency key is taken. Copies <see cref="WaitingRefreshes"/> knows to have
    /// one waiting are not asked about. Plain SQL, since every card press runs it while other writers wait; what the
    /// context holds is saved first, so each thread's messages keep their order.
    /// Returns how many were queued.
    /// </summary>
    public async Task<int> EnqueueRefreshesAsync(AppDbContext db, IReadOnlyList<OutboxMessage> refreshes, CancellationToken ct)
    {
        var unknown = refreshes.Where(r => !waiting.IsWaiting(r.CopyKey)).ToList();
        if (unknown.Count == 0)
        {
            return 0;
        }
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
        }
        var now = clock.GetUtcNow();
        var queued = new List<string>();
        foreach (var refresh in unknown)
        {
            var added = await DirectSql.ExecuteAsync(db, InsertRefresh, ct,
                ("IdempotencyKey", refresh.IdempotencyKey),
                ("ItemKey", refresh.ItemKey),
                ("CopyKey", refresh.CopyKey),
                ("ThreadKey", refresh.ThreadKey),
                ("CreatedAt", now),
                ("NextAttemptAt", now.UtcTicks));
            if (added == 1)
            {
                queued.Add(refresh.CopyKey);
            }
        }
        if (queued.Count > 0)
        {
            commits.Arm(db);
            // Outside a group commit the copies stay unlisted: asked about again next time, which is never wrong.
            groupCommit.AfterCommit(db, () => waiting.Waiting(queued));
        }
        return queued.Count;
    }

    /// <summary>For callers without a transaction of their own: saves the message at once; false when its key was already queued.</summary>
    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken ct)
    {
        using var gate = await writeGate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await EnqueueAsync(db, message, ct))
        {
            return false;
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    private static bool IsQueuedIn(AppDbContext db, string idempotencyKey) =>
        db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added && e.Entity.IdempotencyKey == idempotencyKey);
}
