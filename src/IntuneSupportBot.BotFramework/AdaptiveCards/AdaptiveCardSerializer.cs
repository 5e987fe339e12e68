using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>Writes a card as JSON, as an activity attachment, or as the answer to an <c>adaptiveCard/action</c> invoke.</summary>
public static class AdaptiveCardSerializer
{
    /// <summary>
    /// Teams' limit on a channel post, which is what a ticket card is. (A bot message may be larger, ~100 KB, but
    /// a ticket card must fit everywhere it is posted.) Measured on the card's UTF-8 JSON; builders trim history
    /// or text until <see cref="WrittenCard.FitsChannelPost"/> holds.
    /// </summary>
    public const int ChannelPostLimitBytes = 28 * 1024;

    public static string ToJson(AdaptiveCard card) => JsonSerializer.Serialize(card, AdaptiveCardJsonContext.Default.AdaptiveCard);

    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, AdaptiveCardJsonContext.Default.AdaptiveCard);

    /// <summary>The card with its JSON, for a builder that measures a card and then sends it.</summary>
    public static WrittenCard Write(AdaptiveCard card) => new(card, JsonSerializer.SerializeToUtf8Bytes(card, AdaptiveCardJsonContext.Default.AdaptiveCard));

    public static AdaptiveCard FromJson(string json) =>
        JsonSerializer.Deserialize(json, AdaptiveCardJsonContext.Default.AdaptiveCard)
            ?? throw new JsonException("A card cannot be null.");

    public static AdaptiveCard FromElement(JsonElement card) =>
        card.Deserialize(AdaptiveCardJsonContext.Default.AdaptiveCard)
            ?? throw new JsonException("A card cannot be null.");

    public static Attachment ToAttachment(AdaptiveCard card) => Attachment(ToElement(card));

    public static Attachment ToAttachment(WrittenCard card) => Attachment(JsonSerializer.Deserialize(card.Utf8.Span, BotJsonContext.Default.JsonElement));

    /// <summary>The invoke answer that makes Teams replace the card the user acted on (or refreshed) with this one.</summary>
    public static AdaptiveCardInvokeResponse ToInvokeResponse(AdaptiveCard card) => ToInvokeResponse(Write(card));

    /// <inheritdoc cref="ToInvokeResponse(AdaptiveCard)"/>
    public static AdaptiveCardInvokeResponse ToInvokeResponse(WrittenCard card) =>
        new(200, AdaptiveCardInvokeResponse.CardType, new RawJson(card.Utf8));

    private static Attachment Attachment(JsonElement content) => new()
    {
        ContentType = Schema.Attachment.AdaptiveCardContentType,
        Content = content,
    };
}
