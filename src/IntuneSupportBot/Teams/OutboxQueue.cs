using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Teams;

/// <summary>
/// The dispatcher's side of the outbox table: which messages are due, what became of each, and which finished ones
/// are deleted. A message is due when it is the oldest unsent message of its thread and its next attempt time has
/// come; claiming it marks it <see cref="OutboxState.Sending"/>, which also holds back the rest of its thread until
/// it is settled.
/// </summary>
public sealed class OutboxQueue(
    IDbContextFactory<AppDbContext> contexts, DatabaseWriteGate writeGate, GroupCommit groupCommit, WaitingRefreshes waiting, TimeProvider clock)
{
    private const int MaxErrorLength = 1000;

    // Every send claims and settles its message while other writers wait, so these run as prepared statements
    // (DirectSql) rather than EF Core updates. States are stored by name and send times as UTC ticks, as the model maps them.
    private const string Claim =
        "UPDATE \"outbox_messages\" SET \"State\" = '" + nameof(OutboxState.Sending) + "', \"Attempts\" = \"Attempts\" + 1 " +
        "WHERE \"Id\" = @Id AND \"State\" = '" + nameof(OutboxState.Pending) + "'";

    private const string MarkSent =
        "UPDATE \"outbox_messages\" SET \"State\" = '" + nameof(OutboxState.Sent) + "', \"SentAt\" = @SentAt, \"LastError\" = NULL WHERE \"Id\" = @Id";

    /// <summary>Rows one clean-up statement deletes at most, so SQLite's one writer is never held for long.</summary>
    public const int DeleteBatchSize = 1000;

    /// <summary>
    /// Settles messages a previous process left in <see cref="OutboxState.Sending"/>: an update is sent again (a PUT
    /// repeats harmlessly); a post becomes <see cref="OutboxState.Uncertain"/>, because it may have reached Teams.
    /// Returns the posts so marked.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> RecoverInterruptedAsync(CancellationToken ct)
    {
        using var gate = await writeGate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var interrupted = await db.OutboxMessages.Where(m => m.State == OutboxState.Sending).ToListAsync(ct);
        foreach (var message in interrupted)
        {
            message.State = message.IsPost ? OutboxState.Uncertain : OutboxState.Pending;
            message.LastError = message.IsPost ? "Interrupted while posting; it may have reached Teams, so it is not posted again." : message.LastError;
        }

        await db.SaveChangesAsync(ct);
        return [.. interrupted.Where(m => m.State == OutboxState.Uncertain)];
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> due messages, each the head of a different thread. The heads are found
    /// before the write gate: only the dispatcher claims and settles messages and new ones join the end of their
    /// thread, so a head stays one until it is claimed; the claim itself checks that each is still waiting.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int max, CancellationToken ct)
    {
        List<OutboxMessage> due;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var now = clock.GetUtcNow();
            due = await Heads(db).Where(m => m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Take(max)
                .AsNoTracking()
                .ToListAsync(ct);
        }
        if (due.Count == 0)
        {
            return due;
        }
        return await groupCommit.WriteAsync(async (db, token) =>
        {
            var claimed = new List<OutboxMessage>(due.Count);
            foreach (var message in due)
            {
                if (await DirectSql.ExecuteAsync(db, Claim, token, ("Id", message.Id)) == 1)
                {
                    message.State = OutboxState.Sending;
                    message.Attempts++;
                    claimed.Add(message);
                    if (message.Kind == OutboxMessageKind.RefreshCopy)
                    {
                        // Struck off now, not after the commit: a change later in this batch must queue a new refresh.
                        waiting.Claimed(message.CopyKey);
                    }
                }
            }
            return new BatchedWrite<IReadOnlyList<OutboxMessage>>(claimed, Keep: true);
        }, null, ct);
    }

    /// <summary>When the earliest waiting thread head becomes due; null when no thread is waiting.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var next = await Heads(db).OrderBy(m => m.NextAttemptAt).Select(m => (DateTimeOffset?)m.NextAttemptAt).FirstOrDefaultAsync(ct);
        return next;
    }

    // Every refresh and reply looks its copy up before it is sent, so the query is compiled once.
    private static readonly Func<AppDbContext, string, CancellationToken, Task<CardCopy?>> CopyByKey = EF.CompileAsyncQuery(
        (AppDbContext db, string copyKey, CancellationToken ct) => db.CardCopies.AsNoTracking().SingleOrDefault(c => c.CopyKey == copyKey));

    public async Task<CardCopy?> FindCopyAsync(string copyKey, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await CopyByKey(db, copyKey, ct);
    }

    /// <summary>Marks the message sent and records (or re-points) the copy it placed, in one transaction.</summary>
    public async Task MarkSentAsync(OutboxMessage message, CardCopy? placement, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await groupCommit.WriteAsync(async (db, token) =>
        {
            await DirectSql.ExecuteAsync(db, MarkSent, token, ("Id", message.Id), ("SentAt", now.UtcTicks));
            if (placement is not null)
            {
                placement.PostedAt = now;
                var existing = await db.CardCopies.SingleOrDefaultAsync(c => c.CopyKey == placement.CopyKey, token);
                if (existing is null)
                {
                    db.CardCopies.Add(placement);
                }
                else
                {
                    db.Entry(existing).CurrentValues.SetValues(placement);
                }

                await db.SaveChangesAsync(token);
            }
            return new BatchedWrite<bool>(true, Keep: true);
        }, null, ct);
    }

    /// <summary>Puts the message back in line for a later attempt; the rest of its thread keeps waiting behind it.</summary>
    public Task RescheduleAsync(OutboxMessage message, DateTimeOffset nextAttemptAt, string error, CancellationToken ct) =>
        SettleAsync(message.Id, OutboxState.Pending, nextAttemptAt, error, ct);

    /// <summary>Ends the message as <see cref="OutboxState.Failed"/> or <see cref="OutboxState.Uncertain"/>; its thread moves on.</summary>
    public Task GiveUpAsync(OutboxMessage message, OutboxState state, string error, CancellationToken ct) =>
        SettleAsync(message.Id, state, null, error, ct);

    /// <summary>
    /// Deletes messages sent before <paramref name="sentBefore"/>, and failed or uncertain ones whose last attempt was
    /// due before <paramref name="endedBefore"/>, oldest first, <see cref="DeleteBatchSize"/> rows per statement, each
    /// statement under the write gate. Pending and Sending messages and card copies are never deleted.
    /// </summary>
    public async Task<RemovedMessages> DeleteFinishedAsync(DateTimeOffset sentBefore, DateTimeOffset endedBefore, CancellationToken ct)
    {
        var sent = await DeleteInBatchesAsync(db => db.OutboxMessages
            .Where(m => m.State == OutboxState.Sent && m.SentAt < sentBefore)
            .OrderBy(m => m.SentAt), ct);
        // Nothing records when a message ended; the due time of its last attempt is the latest time it holds (never
        // before its creation), so a message retried for hours is kept from its last try.
        var ended = await DeleteInBatchesAsync(db => db.OutboxMessages
            .Where(m => (m.State == OutboxState.Failed || m.State == OutboxState.Uncertain) && m.NextAttemptAt < endedBefore)
            .OrderBy(m => m.NextAttemptAt), ct);
        return new RemovedMessages(sent, ended);
    }

    private async Task SettleAsync(long id, OutboxState state, DateTimeOffset? nextAttemptAt, string error, CancellationToken ct)
    {
        var text = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        using var gate = await writeGate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, ct);
        message.State = state;
        message.LastError = text;
        message.NextAttemptAt = nextAttemptAt ?? message.NextAttemptAt;
        await db.SaveChangesAsync(ct);
    }

    private async Task<int> DeleteInBatchesAsync(Func<AppDbContext, IQueryable<OutboxMessage>> expired, CancellationToken ct)
    {
        var total = 0;
        int deleted;
        do
        {
            using var gate = await writeGate.EnterAsync(ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            deleted = await expired(db).Take(DeleteBatchSize).ExecuteDeleteAsync(ct);
            total += deleted;
        }
        while (deleted == DeleteBatchSize);
        return total;
    }

    // The oldest unsent message of each thread that is not already being sent.
    private static IQueryable<OutboxMessage> Heads(AppDbContext db) =>
        db.OutboxMessages.Where(m => m.State == OutboxState.Pending
            && !db.OutboxMessages.Any(earlier => earlier.ThreadKey == m.ThreadKey && earlier.Id < m.Id
                && (earlier.State == OutboxState.Pending || earlier.State == OutboxState.Sending)));
}
