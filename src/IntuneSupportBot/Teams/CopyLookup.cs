using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Teams;

/// <summary>
/// The copies of an item as a writer sees them inside its transaction: posted copies (<see cref="CardCopy"/>), plus
/// posts still queued, committed or only added to this context.
/// </summary>
internal static class CopyLookup
{
    private static readonly OutboxMessageKind[] CopyKinds =
        [OutboxMessageKind.CreateChannelThread, OutboxMessageKind.PostToConversation, OutboxMessageKind.CreatePersonalChatAndPost];

    // Every card change reads this, so it is compiled once: posted copies and posts still queued, in one statement.
    private static readonly Func<AppDbContext, string, IAsyncEnumerable<ItemCopy>> Committed = EF.CompileAsyncQuery(
        (AppDbContext db, string itemKey) => db.CardCopies.Where(c => c.ItemKey == itemKey).Select(c => new { c.CopyKey, c.ThreadKey })
            .Concat(db.OutboxMessages
                .Where(m => m.ItemKey == itemKey
                    && (m.Kind == OutboxMessageKind.CreateChannelThread || m.Kind == OutboxMessageKind.PostToConversation || m.Kind == OutboxMessageKind.CreatePersonalChatAndPost)
                    && (m.State == OutboxState.Pending || m.State == OutboxState.Sending))
                .Select(m => new { m.CopyKey, m.ThreadKey }))
            .Select(c => new ItemCopy(c.CopyKey, c.ThreadKey)));

    /// <summary>Each live copy of <paramref name="itemKey"/> with its thread key, in copy-key order.</summary>
    public static async Task<IReadOnlyList<ItemCopy>> CopiesOfAsync(AppDbContext db, string itemKey, CancellationToken ct)
    {
        var committed = await Committed(db, itemKey).ToListAsync(ct);
        return [.. committed.Concat(AddedCopiesOf(db, itemKey))
            .DistinctBy(c => c.CopyKey, StringComparer.Ordinal)
            .OrderBy(c => c.CopyKey, StringComparer.Ordinal)];
    }

    /// <summary>Copies of <paramref name="itemKey"/> whose posts are only added to <paramref name="db"/> so far.</summary>
    public static IEnumerable<ItemCopy> AddedCopiesOf(AppDbContext db, string itemKey) =>
        AddedPosts(db).Where(m => m.ItemKey == itemKey).Select(m => new ItemCopy(m.CopyKey, m.ThreadKey));

    /// <summary>The thread a copy lives in (or will, once its post is sent); null when no such copy is known.</summary>
    public static async Task<string?> ThreadOfAsync(AppDbContext db, string copyKey, CancellationToken ct) =>
        AddedPosts(db).FirstOrDefault(m => m.CopyKey == copyKey)?.ThreadKey
        ?? await db.CardCopies.AsNoTracking().Where(c => c.CopyKey == copyKey).Select(c => c.ThreadKey).FirstOrDefaultAsync(ct)
        ?? await db.OutboxMessages.AsNoTracking().Where(m => m.CopyKey == copyKey && CopyKinds.Contains(m.Kind))
            .OrderByDescending(m => m.Id).Select(m => m.ThreadKey).FirstOrDefaultAsync(ct);

    private static IEnumerable<OutboxMessage> AddedPosts(AppDbContext db) =>
        db.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State == EntityState.Added && e.Entity.CreatesCopy)
            .Select(e => e.Entity);
}
