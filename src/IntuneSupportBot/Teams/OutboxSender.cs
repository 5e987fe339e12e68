using System.Net;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Teams;

/// <summary>Turns one outbox message into Bot Connector calls. Connector errors propagate to the dispatcher, which sorts them.</summary>
public sealed class OutboxSender(ConnectorClient connector, OutboxQueue queue, ICopyCards cards)
{
    private const string ActivityNotFound = "ActivityNotFoundInConversation";

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Kind == OutboxMessageKind.RefreshCopy)
        {
            return await RefreshAsync(message, ct);
        }
        var activity = message.ReadActivity();
        return message.Kind switch
        {
            OutboxMessageKind.CreateChannelThread => SendOutcome.Delivered(await OpenThreadAsync(
                message.CopyKey, message.ItemKey, message.ThreadKey, Required(message.ServiceUrl), Required(message.TargetId), Required(message.TenantId), activity, ct)),
            OutboxMessageKind.PostToConversation => SendOutcome.Delivered(await PostAsync(message, Required(message.ServiceUrl), Required(message.TargetId), activity, ct)),
            OutboxMessageKind.CreatePersonalChatAndPost => SendOutcome.Delivered(await OpenChatAndPostAsync(message, activity, ct)),
            OutboxMessageKind.UpdateCopy => await UpdateAsync(message, activity, ct),
            OutboxMessageKind.PostToThreadOfCopy => await PostIntoThreadAsync(message, activity, ct),
            _ => SendOutcome.Refused($"Unknown outbox message kind {message.Kind}."),
        };
    }

    private async Task<CardCopy> OpenThreadAsync(string copyKey, string itemKey, string threadKey, string serviceUrl, string channelId, string tenantId,
        Activity activity, CancellationToken ct)
    {
        var channelData = new TeamsChannelData { Channel = new ChannelInfo(channelId), Tenant = new TenantInfo(tenantId) };
        var created = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = true,
            TenantId = tenantId,
            ChannelData = JsonSerializer.SerializeToElement(channelData, BotJsonContext.Default.TeamsChannelData),
            Activity = activity,
        }, ct);

        // The thread id is "19:…;messageid=N" and N is the root message, which is the card.
        var rootId = created.ActivityId ?? RootMessageId(created.Id);
        return new CardCopy
        {
            CopyKey = copyKey,
            ItemKey = itemKey,
            ThreadKey = threadKey,
            ConversationId = created.Id,
            ActivityId = rootId,
            ServiceUrl = serviceUrl,
            ChannelId = channelId,
            TenantId = tenantId,
        };
    }

    private async Task<CardCopy?> PostAsync(OutboxMessage message, string serviceUrl, string conversationId, Activity activity, CancellationToken ct)
    {
        var posted = message.ReplyToId is { } replyTo
            ? await connector.ReplyToActivityAsync(serviceUrl, conversationId, replyTo, activity, ct)
            : await connector.SendToConversationAsync(serviceUrl, conversationId, activity, ct);

        // Without an id (Teams splits a message carrying text and a card) the copy cannot be updated later.
        return posted.Id is { Length: > 0 } id
            ? new CardCopy
            {
                CopyKey = message.CopyKey,
                ItemKey = message.ItemKey,
                ThreadKey = message.ThreadKey,
                ConversationId = conversationId,
                ActivityId = id,
                ServiceUrl = serviceUrl,
                TenantId = message.TenantId,
            }
            : null;
    }

    // Creating a 1:1 chat is idempotent (the same id for the same user) and returns no message id, so the
    // message is posted separately to learn the id of the copy.
    private async Task<CardCopy?> OpenChatAndPostAsync(OutboxMessage message, Activity activity, CancellationToken ct)
    {
        var serviceUrl = Required(message.ServiceUrl);
        var chat = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            TenantId = Required(message.TenantId),
            Members = [new ChannelAccount { Id = Required(message.TargetId) }],
        }, ct);
        return await PostAsync(message, serviceUrl, chat.Id, activity, ct);
    }

    private async Task<SendOutcome> UpdateAsync(OutboxMessage message, Activity activity, CancellationToken ct) =>
        await queue.FindCopyAsync(message.CopyKey, ct) is { } copy ? await ReplaceAsync(copy, activity, ct) : NeverPosted(message.CopyKey);

    private async Task<SendOutcome> RefreshAsync(OutboxMessage message, CancellationToken ct)
    {
        if (await queue.FindCopyAsync(message.CopyKey, ct) is not { } copy)
        {
            return NeverPosted(message.CopyKey);
        }
        return await cards.CurrentCardAsync(copy, ct) is { } card
            ? await ReplaceAsync(copy, TeamsMessenger.CardActivity(card), ct)
            : SendOutcome.Refused($"No current card is known for copy '{message.CopyKey}'.");
    }

    private async Task<SendOutcome> ReplaceAsync(CardCopy copy, Activity activity, CancellationToken ct)
    {
        try
        {
            await connector.UpdateActivityAsync(copy.ServiceUrl, copy.ConversationId, copy.ActivityId, activity, ct);
            return SendOutcome.Delivered(null);
        }
        catch (ConnectorException ex) when (ex.StatusCode == HttpStatusCode.NotFound && ex.ErrorCode == ActivityNotFound)
        {
            // The copy was deleted in Teams: post the current card afresh and point the copy at it.
            return SendOutcome.Delivered(await RepostAsync(copy, activity, ct));
        }
    }

    private async Task<CardCopy?> RepostAsync(CardCopy copy, Activity activity, CancellationToken ct)
    {
        if (copy is { ChannelId: { } channelId, TenantId: { } tenantId })
        {
            return await OpenThreadAsync(copy.CopyKey, copy.ItemKey, copy.ThreadKey, copy.ServiceUrl, channelId, tenantId, activity, ct);
        }

        var posted = await connector.SendToConversationAsync(copy.ServiceUrl, copy.ConversationId, activity, ct);
        return posted.Id is { Length: > 0 } id ? CopyAt(copy, id) : null;
    }

    private async Task<SendOutcome> PostIntoThreadAsync(OutboxMessage message, Activity activity, CancellationToken ct)
    {
        if (await queue.FindCopyAsync(message.CopyKey, ct) is not { } copy)
        {
            return NeverPosted(message.CopyKey);
        }

        await connector.SendToConversationAsync(copy.ServiceUrl, copy.ConversationId, activity, ct);
        return SendOutcome.Delivered(null);
    }

    private static CardCopy CopyAt(CardCopy copy, string activityId) => new()
    {
        CopyKey = copy.CopyKey,
        ItemKey = copy.ItemKey,
        ThreadKey = copy.ThreadKey,
        ConversationId = copy.ConversationId,
        ActivityId = activityId,
        ServiceUrl = copy.ServiceUrl,
        ChannelId = copy.ChannelId,
        TenantId = copy.TenantId,
    };

    private static SendOutcome NeverPosted(string copyKey) =>
        SendOutcome.Refused($"Copy '{copyKey}' was never posted (its post failed or is uncertain), so there is nothing to update or reply under.");

    private static string RootMessageId(string threadId)
    {
        const string marker = ";messageid=";
        var at = threadId.IndexOf(marker, StringComparison.Ordinal);
        return at >= 0 ? threadId[(at + marker.Length)..] : throw new InvalidOperationException("The new channel thread has no root message id.");
    }

    private static string Required(string? value) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException("The outbox message lacks its target.") : value;
}
