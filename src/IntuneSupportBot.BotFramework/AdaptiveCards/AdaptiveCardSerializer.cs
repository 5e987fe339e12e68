using System.Runtime.CompilerServices;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>Writes a card as JSON, as an activity attachment, or as the answer to an <c>adaptiveCard/action</c> invoke.</summary>
public static class AdaptiveCardSerializer
{
    /// <summary>
    /// Teams' limit on a channel post, which is what a ticket card is. (A bot message may be larger, ~100 KB, but
    /// a ticket card must fit everywhere it is posted.) Measured on the card's UTF-8 JSON; builders trim history
    /// or text until <see cref="FitsChannelPost"/> holds.
    /// </summary>
    public const int ChannelPostLimitBytes = 28 * 1024;

    // Builders measure a card before it is sent (FitsChannelPost), so the JSON written to measure it is kept with
    // the card (cards are immutable) and sending it writes nothing twice.
    private static readonly ConditionalWeakTable<AdaptiveCard, byte[]> Written = [];

    public static string ToJson(AdaptiveCard card) => JsonSerializer.Serialize(card, AdaptiveCardJsonContext.Default.AdaptiveCard);

    public static JsonElement ToElement(AdaptiveCard card) =>
        Written.TryGetValue(card, out var written)
            ? JsonSerializer.Deserialize(written, BotJsonContext.Default.JsonElement)
            : JsonSerializer.SerializeToElement(card, AdaptiveCardJsonContext.Default.AdaptiveCard);

    public static AdaptiveCard FromJson(string json) =>
        JsonSerializer.Deserialize(json, AdaptiveCardJsonContext.Default.AdaptiveCard)
            ?? throw new JsonException("A card cannot be null.");

    public static AdaptiveCard FromElement(JsonElement card) =>
        card.Deserialize(AdaptiveCardJsonContext.Default.AdaptiveCard)
            ?? throw new JsonException("A card cannot be null.");

    /// <summary>
    /// Bytes of the JSON as written on the wire (System.Text.Json's default encoder writes non-ASCII as
    /// <c>\uXXXX</c>, so a Korean character costs 6 bytes): an upper bound of what Teams measures.
    /// </summary>
    public static int Utf8Size(AdaptiveCard card) => Utf8(card).Length;

    public static bool FitsChannelPost(AdaptiveCard card) => Utf8Size(card) <= ChannelPostLimitBytes;

    public static Attachment ToAttachment(AdaptiveCard card) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = ToElement(card),
    };

    /// <summary>The invoke answer that makes Teams replace the card the user acted on (or refreshed) with this one.</summary>
    public static AdaptiveCardInvokeResponse ToInvokeResponse(AdaptiveCard card) =>
        new(200, AdaptiveCardInvokeResponse.CardType, new RawJson(Utf8(card)));

    private static byte[] Utf8(AdaptiveCard card) =>
        Written.GetValue(card, static card => JsonSerializer.SerializeToUtf8Bytes(card, AdaptiveCardJsonContext.Default.AdaptiveCard));
}
