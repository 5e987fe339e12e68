using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Teams;

/// <summary>
/// One message to Teams, written in the same transaction as the change that causes it and sent later by
/// <see cref="OutboxDispatcher"/>. Messages of one <see cref="ThreadKey"/> are sent one at a time in <see cref="Id"/> order.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>Unique: the same logical message enqueued twice is one row.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>The item the message belongs to, e.g. <c>ticket/INT-1042</c>.</summary>
    public required string ItemKey { get; set; }

    /// <summary>The copy the message creates, updates or replies under, e.g. <c>ticket/INT-1042/tier1</c>.</summary>
    public required string CopyKey { get; set; }

    /// <summary>The ordering key: one conversation (a channel copy's thread, a user's 1:1 chat).</summary>
    public required string ThreadKey { get; set; }

    public OutboxMessageKind Kind { get; set; }

    /// <summary>The channel id, conversation id or user id the message goes to; null when it is read from the copy at send time.</summary>
    public string? TargetId { get; set; }

    public string? TenantId { get; set; }

    /// <summary>Null when read from the copy at send time.</summary>
    public string? ServiceUrl { get; set; }

    public string? ReplyToId { get; set; }

    /// <summary>Empty for <see cref="OutboxMessageKind.RefreshCopy"/>, whose card is drawn when it is sent.</summary>
    public required string ActivityJson { get; set; }

    public OutboxState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Whether sending this message creates a copy (a <see cref="CardCopy"/> row).</summary>
    public bool CreatesCopy => CreatesCopyOf(Kind);

    /// <summary>POSTs are not idempotent at Teams: once one may have gone out it is never sent again.</summary>
    public bool IsPost => Kind is not (OutboxMessageKind.UpdateCopy or OutboxMessageKind.RefreshCopy);

    public static bool CreatesCopyOf(OutboxMessageKind kind) =>
        kind is OutboxMessageKind.CreateChannelThread or OutboxMessageKind.PostToConversation or OutboxMessageKind.CreatePersonalChatAndPost;

    public Activity ReadActivity() =>
        JsonSerializer.Deserialize(ActivityJson, BotJsonContext.Default.Activity)
        ?? throw new InvalidOperationException($"Outbox message {Id} holds no activity.");

    public static OutboxMessage CreateChannelThread(string idempotencyKey, string itemKey, string copyKey, TeamsChannelAddress channel, Activity activity) =>
        New(idempotencyKey, itemKey, copyKey, ThreadKeys.OfChannelCopy(copyKey), OutboxMessageKind.CreateChannelThread, activity,
            target: channel.ChannelId, tenantId: channel.TenantId, serviceUrl: channel.ServiceUrl);

    public static OutboxMessage PostToConversation(string idempotencyKey, string itemKey, string copyKey, string threadKey,
        string conversationId, string serviceUrl, Activity activity, string? replyToId = null, string? tenantId = null) =>
        New(idempotencyKey, itemKey, copyKey, threadKey, OutboxMessageKind.PostToConversation, activity,
            target: conversationId, tenantId: tenantId, serviceUrl: serviceUrl, replyToId: replyToId);

    public static OutboxMessage UpdateCopy(string idempotencyKey, string itemKey, string copyKey, string threadKey, Activity activity) =>
        New(idempotencyKey, itemKey, copyKey, threadKey, OutboxMessageKind.UpdateCopy, activity, target: null, tenantId: null, serviceUrl: null);

    public static OutboxMessage RefreshCopy(string idempotencyKey, string itemKey, string copyKey, string threadKey) =>
        New(idempotencyKey, itemKey, copyKey, threadKey, OutboxMessageKind.RefreshCopy, activity: null, target: null, tenantId: null, serviceUrl: null);

    public static OutboxMessage PostToThreadOfCopy(string idempotencyKey, string itemKey, string copyKey, string threadKey, Activity activity) =>
        New(idempotencyKey, itemKey, copyKey, threadKey, OutboxMessageKind.PostToThreadOfCopy, activity, target: null, tenantId: null, serviceUrl: null);

    public static OutboxMessage CreatePersonalChatAndPost(string idempotencyKey, string itemKey, string copyKey, TeamsUserAddress user, Activity activity) =>
        New(idempotencyKey, itemKey, copyKey, ThreadKeys.OfUser(user), OutboxMessageKind.CreatePersonalChatAndPost, activity,
            target: user.UserId, tenantId: user.TenantId, serviceUrl: user.ServiceUrl);

    private static OutboxMessage New(string idempotencyKey, string itemKey, string copyKey, string threadKey, OutboxMessageKind kind, Activity? activity,
        string? target, string? tenantId, string? serviceUrl, string? replyToId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        ArgumentException.ThrowIfNullOrEmpty(itemKey);
        ArgumentException.ThrowIfNullOrEmpty(copyKey);
        ArgumentException.ThrowIfNullOrEmpty(threadKey);
        return new OutboxMessage
        {
            IdempotencyKey = idempotencyKey,
            ItemKey = itemKey,
            CopyKey = copyKey,
            ThreadKey = threadKey,
            Kind = kind,
            TargetId = target,
            TenantId = tenantId,
            ServiceUrl = serviceUrl,
            ReplyToId = replyToId,
            ActivityJson = activity is null ? "" : JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity),
            State = OutboxState.Pending,
        };
    }
}
