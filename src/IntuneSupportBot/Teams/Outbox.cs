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
    TimeProvider clock)
{
    // Every card change asks this inside the write gate, so it is compiled once.
    private static readonly Func<AppDbContext, List<string>, List<string>, IAsyncEnumerable<QueuedKeys>> Taken = EF.CompileAsyncQuery(
        (AppDbContext db, List<string> copyKeys, List<string> keys) => db.OutboxMessages
            .Where(m => (m.State == OutboxState.Pending && m.Kind == OutboxMessageKind.RefreshCopy && copyKeys.Contains(m.CopyKey)) || keys.Contains(m.IdempotencyKey))
            .Select(m => new QueuedKeys(m.CopyKey, m.IdempotencyKey, m.State, m.Kind)));

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
    /// will show this change too) or its idempotency key is taken; one query for all of them. Returns those queued.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> EnqueueRefreshesAsync(AppDbContext db, IReadOnlyList<OutboxMessage> refreshes, CancellationToken ct)
    {
        if (refreshes.Count == 0)
        {
            return [];
        }
        var copyKeys = refreshes.Select(r => r.CopyKey).ToList();
        var keys = refreshes.Select(r => r.IdempotencyKey).ToList();
        var stored = await Taken(db, copyKeys, keys).ToListAsync(ct);
        var added = db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
            .Select(m => new QueuedKeys(m.CopyKey, m.IdempotencyKey, m.State, m.Kind));
        var known = stored.Concat(added).ToList();
        var queued = new List<OutboxMessage>();
        foreach (var refresh in refreshes)
        {
            var taken = known.Any(m => m.IdempotencyKey == refresh.IdempotencyKey
                || (m.State == OutboxState.Pending && m.Kind == OutboxMessageKind.RefreshCopy && m.CopyKey == refresh.CopyKey));
            if (!taken)
            {
                Enqueue(db, refresh);
                known.Add(new QueuedKeys(refresh.CopyKey, refresh.IdempotencyKey, refresh.State, refresh.Kind));
                queued.Add(refresh);
            }
        }
        return queued;
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

    private sealed record QueuedKeys(string CopyKey, string IdempotencyKey, OutboxState State, OutboxMessageKind Kind);
}
