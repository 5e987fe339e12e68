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
    private readonly ConcurrentDictionary<string, string> _lastWritten = new(StringComparer.Ordinal);

    public async Task SaveAsync(ConversationReference reference, CancellationToken ct)
    {
        var key = KeyOf(reference.ChannelId, reference.Conversation.Id);
        var json = JsonSerializer.Serialize(reference with { ActivityId = null }, BotJsonContext.Default.ConversationReference);
        if (_lastWritten.TryGetValue(key, out var last) && last == json)
        {
            return;
        }
        var value = JsonNode.Parse(json)!.AsObject();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(value, StoreItem.AnyETag) }, ct);
        _lastWritten[key] = json;
    }

    public async Task<ConversationReference?> GetAsync(string channelId, string conversationId, CancellationToken ct)
    {
        var key = KeyOf(channelId, conversationId);
        var found = await storage.ReadAsync([key], ct);
        return found.TryGetValue(key, out var item) ? item.Value.Deserialize(BotJsonContext.Default.ConversationReference) : null;
    }

    private static string KeyOf(string channelId, string conversationId) => $"{channelId}/references/{conversationId}";
}
