using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>Turns a typed payload record into the JSON object an action carries as <c>data</c>.</summary>
public static class CardData
{
    public static JsonElement From<T>(T payload, JsonTypeInfo<T> typeInfo)
    {
        var data = JsonSerializer.SerializeToElement(payload, typeInfo);
        return data.ValueKind == JsonValueKind.Object
            ? data
            : throw new ArgumentException($"Action data must serialize to a JSON object, not {data.ValueKind}.", nameof(payload));
    }
}
