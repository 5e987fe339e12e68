using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.Schema;

public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string ContentType { get; init; } = "";
    public string? ContentUrl { get; init; }
    public JsonElement? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>An entity (mention, clientInfo, …); the shape varies by type, so only the common parts are typed.</summary>
public sealed record Entity
{
    public string Type { get; init; } = "";
    public string? Text { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Locale { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
