using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity. Only the fields the bot reads or writes are typed; everything else the channel
/// sends is kept in <see cref="Properties"/> so that a round trip loses nothing.
/// </summary>
public sealed record Activity
{
    public string Type { get; init; } = ActivityTypes.Message;
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? Text { get; init; }
    public string? Summary { get; init; }
    public string? Locale { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public string? InputHint { get; init; }
    public JsonElement? ChannelData { get; init; }
    public string? Action { get; init; }
    public string? ReplyToId { get; init; }
    public string? Name { get; init; }
    public JsonElement? Value { get; init; }
    public string? ValueType { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public string? CallerId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Teams' channelData, typed; null when absent or not an object.</summary>
    public TeamsChannelData? GetTeamsChannelData() =>
        ChannelData is { ValueKind: JsonValueKind.Object } data
            ? data.Deserialize(BotJsonContext.Default.TeamsChannelData)
            : null;

    public ConversationReference GetConversationReference() => new(
        ActivityId: Id,
        User: From,
        Bot: Recipient,
        Conversation: Conversation ?? new ConversationAccount(),
        ChannelId: ChannelId ?? "",
        ServiceUrl: ServiceUrl ?? "",
        Locale: Locale);

    /// <summary>A reply addressed back into this activity's conversation, in the SDK's shape.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Recipient,
        Recipient = From,
        ReplyToId = Id,
        Locale = Locale,
    };
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string EndOfConversation = "endOfConversation";
}
