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

/// <summary>Buttons shown under a message in a 1:1 chat; Teams supports only <c>imBack</c> here.</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions);

public sealed record CardAction(string Type, string Title, string? Value)
{
    public static CardAction ImBack(string title, string? value = null) => new("imBack", title, value ?? title);
}
