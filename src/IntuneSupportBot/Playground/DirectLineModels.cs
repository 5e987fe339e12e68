using System.Text.Json.Serialization;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Playground;

/// <summary>Direct Line 3.0's Conversation object (start, reconnect, token generate and refresh).</summary>
public sealed record DirectLineConversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>Direct Line's ActivitySet: the activities after the client's watermark and the watermark to send next.</summary>
public sealed record DirectLineActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

/// <summary>The optional body of token generate / start conversation.</summary>
public sealed record DirectLineTokenParameters(DirectLineUser? User);

public sealed record DirectLineUser(string? Id, string? Name);
