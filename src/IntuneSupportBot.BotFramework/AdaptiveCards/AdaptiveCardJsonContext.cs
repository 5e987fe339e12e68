using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// Source-generated serialization of the card model: camelCase, nulls omitted (an explicit null is not a valid
/// value for most card properties), and <c>type</c> accepted anywhere in an object when reading.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(AdaptiveAction))]
[JsonSerializable(typeof(JsonObject))]
public sealed partial class AdaptiveCardJsonContext : JsonSerializerContext;
