using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// Source-generated serialization of the card model: camelCase, nulls omitted (an explicit null is not a valid
/// value for most card properties), and <c>type</c> accepted anywhere in an object when reading (<see cref="CardTypeConverter{T}"/>).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(AdaptiveAction))]
[JsonSerializable(typeof(TextBlock))]
[JsonSerializable(typeof(RichTextBlock))]
[JsonSerializable(typeof(Container))]
[JsonSerializable(typeof(ColumnSet))]
[JsonSerializable(typeof(FactSet))]
[JsonSerializable(typeof(Image))]
[JsonSerializable(typeof(ActionSet))]
[JsonSerializable(typeof(InputText))]
[JsonSerializable(typeof(InputChoiceSet))]
[JsonSerializable(typeof(InputToggle))]
[JsonSerializable(typeof(ExecuteAction))]
[JsonSerializable(typeof(SubmitAction))]
[JsonSerializable(typeof(OpenUrlAction))]
[JsonSerializable(typeof(ShowCardAction))]
[JsonSerializable(typeof(JsonObject))]
public sealed partial class AdaptiveCardJsonContext : JsonSerializerContext;
