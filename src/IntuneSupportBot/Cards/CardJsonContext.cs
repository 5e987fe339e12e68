using System.Text.Json.Serialization;

namespace IntuneSupportBot.Cards;

/// <summary>Source-generated JSON for the payloads ticket cards carry: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TicketActionData))]
[JsonSerializable(typeof(RequesterActionData))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
