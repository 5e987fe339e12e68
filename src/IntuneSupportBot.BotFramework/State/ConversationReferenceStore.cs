using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.State;

/// <summary>
/// Keeps the latest conversation reference of every conversation the bot has heard from, so it can write there
/// later (proactive messages). A serviceUrl "is stable but can change", so each inbound activity refreshes it;
/// only changes are written.
/// </summary>
public sealed class ConversationReferenceStore(IStorage storage)
{
    private readonly ConcurrentDictionary<(string ChannelId, string ConversationId), ConversationReference> _lastWritten = new();

    public async Task SaveAsync(ConversationReference reference, CancellationToken ct)
    {
        var stored = reference with { ActivityId = null };
        var conversation = (reference.ChannelId, reference.Conversation.Id);
        if (_lastWritten.TryGetValue(conversation, out var last) && Same(last, stored))
        {
            return;
        }
        var value = JsonSerializer.SerializeToNode(stored, BotJsonContext.Default.ConversationReference)!.AsObject();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [KeyOf(reference.ChannelId, reference.Conversation.Id)] = new(value, StoreItem.AnyETag) }, ct);
        _lastWritten[conversation] = stored;
    }

    /// <summary>
    /// Compared as records while no account carries properties beyond the typed ones (every turn asks, so no JSON is
    /// written for it), and as JSON when one does: a property bag is a new dictionary with every activity.
    /// </summary>
    private static bool Same(ConversationReference last, ConversationReference now) =>
        HasExtraProperties(last) || HasExtraProperties(now)
            ? JsonSerializer.Serialize(last, BotJsonContext.Default.ConversationReference) == JsonSerializer.Serialize(now, BotJsonContext.Default.ConversationReference)
            : last == now;

    private static bool HasExtraProperties(ConversationReference reference) =>
        reference.User?.Properties is not null || reference.Bot?.Properties is not null || reference.Conversation.Properties is not null;

    public async Task<ConversationReference?> GetAsync(string channelId, string conversationId, CancellationToken ct)
    {
        var key = KeyOf(channelId, conversationId);
        var found = await storage.ReadAsync([key], ct);
        return found.TryGetValue(key, out var item) ? item.Value.Deserialize(BotJsonContext.Default.ConversationReference) : null;
    }

    private static string KeyOf(string channelId, string conversationId) => $"{channelId}/references/{conversationId}";
}
