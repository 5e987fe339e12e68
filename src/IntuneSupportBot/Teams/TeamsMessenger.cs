using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Teams;

/// <summary>
/// The one way app code sends to Teams. Every method only queues outbox messages in the caller's context, so they
/// are committed with the change that causes them and sent by <see cref="OutboxDispatcher"/> afterwards.
/// A copy key names one posted copy of an item's card (e.g. <c>ticket/INT-1042/tier1</c>) and is posted once:
/// posting the same copy key again is a no-op. <paramref name="changeId"/> arguments make an update or reply
/// idempotent (the same change queued twice is sent once); null means "always a new message".
/// </summary>
public sealed class TeamsMessenger(Outbox outbox, WaitingRefreshes waiting, IDbContextFactory<AppDbContext> contexts)
{
    /// <summary>Opens a new thread in <paramref name="channel"/> whose root message is <paramref name="card"/>; <paramref name="alert"/> raises an activity-feed notification.</summary>
    public async Task PostCardToChannelAsync(AppDbContext db, string itemKey, string copyKey, TeamsChannelAddress channel, Attachment card,
        string summary, bool alert, CancellationToken ct)
    {
        var activity = CardActivity(card) with
        {
            Summary = summary,
            ChannelData = alert
                ? JsonSerializer.SerializeToElement(new TeamsChannelData { Notification = new NotificationInfo(true) }, BotJsonContext.Default.TeamsChannelData)
                : null,
        };
        await outbox.EnqueueAsync(db, OutboxMessage.CreateChannelThread(PostKey(copyKey), itemKey, copyKey, channel, activity), ct);
    }

    /// <summary>Replaces one copy in place, after anything queued before it for that copy's conversation.</summary>
    public async Task UpdateCopyAsync(AppDbContext db, string itemKey, string copyKey, Attachment card, string? changeId, CancellationToken ct)
    {
        var threadKey = await CopyLookup.ThreadOfAsync(db, copyKey, ct) ?? ThreadKeys.OfChannelCopy(copyKey);
        await outbox.EnqueueUpdateAsync(db, OutboxMessage.UpdateCopy(Key("update", copyKey, changeId), itemKey, copyKey, threadKey, CardActivity(card)), ct);
    }

    /// <summary>
    /// The item's copies as committed (posted, or queued to be): read before a write transaction, outside the write
    /// gate, and handed to <see cref="RefreshCopiesAsync"/>. Only a change of the item itself adds copies, so a
    /// writer that checks the item's version has read them all.
    /// </summary>
    public async Task<IReadOnlyList<ItemCopy>> CopiesOfAsync(string itemKey, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await CopyLookup.CopiesOfAsync(db, itemKey, ct);
    }

    /// <summary>
    /// Queues a refresh of every copy of the item that shows a card: those in <paramref name="copies"/> and those
    /// queued in <paramref name="db"/>. Each is rewritten with the card <see cref="ICopyCards"/> draws when the
    /// refresh is sent; a copy whose refresh is still waiting gets no second one. Returns the copies that show a card,
    /// in copy-key order: what the next change of the item needs refreshed, unless that change adds copies.
    /// </summary>
    public async Task<IReadOnlyList<ItemCopy>> RefreshCopiesAsync(AppDbContext db, string itemKey, IReadOnlyList<ItemCopy> copies,
        Func<string, bool> showsCard, string? changeId, CancellationToken ct)
    {
        var all = copies.Concat(CopyLookup.AddedCopiesOf(db, itemKey))
            .DistinctBy(c => c.CopyKey, StringComparer.Ordinal)
            .Where(c => showsCard(c.CopyKey))
            .OrderBy(c => c.CopyKey, StringComparer.Ordinal)
            .ToList();
        // Copies known to have a refresh waiting need no message: on a busy ticket that is nearly every copy.
        var unknown = all.Where(c => !waiting.IsWaiting(c.CopyKey)).ToList();
        if (unknown.Count > 0)
        {
            await outbox.EnqueueRefreshesAsync(db, [.. unknown.Select(c => OutboxMessage.RefreshCopy(Key("refresh", c.CopyKey, changeId), itemKey, c.CopyKey, c.ThreadKey))], ct);
        }
        return all;
    }

    /// <summary><see cref="RefreshCopiesAsync"/> for a writer that has not read the copies before its transaction.</summary>
    public async Task<IReadOnlyList<ItemCopy>> RefreshAllCopiesAsync(AppDbContext db, string itemKey, Func<string, bool> showsCard, string? changeId,
        CancellationToken ct) =>
        await RefreshCopiesAsync(db, itemKey, await CopyLookup.CopiesOfAsync(db, itemKey, ct), showsCard, changeId, ct);

    /// <summary>Posts <paramref name="activity"/> into the conversation where the copy lives (its channel thread, or its chat).</summary>
    public async Task PostToThreadOfAsync(AppDbContext db, string itemKey, string copyKey, Activity activity, string? changeId, CancellationToken ct)
    {
        var threadKey = await CopyLookup.ThreadOfAsync(db, copyKey, ct) ?? ThreadKeys.OfChannelCopy(copyKey);
        await outbox.EnqueueAsync(db, OutboxMessage.PostToThreadOfCopy(Key("reply", copyKey, changeId), itemKey, copyKey, threadKey, activity), ct);
    }

    /// <summary>
    /// Posts <paramref name="activity"/> to the user's 1:1 chat as the copy <paramref name="copyKey"/>: into the known
    /// chat when the address carries one, else the chat is created first.
    /// </summary>
    public async Task NotifyUserAsync(AppDbContext db, string itemKey, string copyKey, TeamsUserAddress user, Activity activity, CancellationToken ct)
    {
        var message = user.ConversationId is { Length: > 0 } chatId
            ? OutboxMessage.PostToConversation(PostKey(copyKey), itemKey, copyKey, ThreadKeys.OfUser(user), chatId, user.ServiceUrl, activity, tenantId: user.TenantId)
            : OutboxMessage.CreatePersonalChatAndPost(PostKey(copyKey), itemKey, copyKey, user, activity);
        await outbox.EnqueueAsync(db, message, ct);
    }

    /// <summary>A message carrying only the card (text and a card together would be split by Teams, losing the id).</summary>
    public static Activity CardActivity(Attachment card) => new() { Type = ActivityTypes.Message, Attachments = [card] };

    private static string PostKey(string copyKey) => "post/" + copyKey;

    private static string Key(string action, string copyKey, string? changeId) =>
        $"{action}/{copyKey}/{changeId ?? Guid.NewGuid().ToString("N")}";
}
