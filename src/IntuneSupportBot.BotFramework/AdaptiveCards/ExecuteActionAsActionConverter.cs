using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// A refresh holds an <see cref="ExecuteAction"/> by its own type, which System.Text.Json would write without
/// the <c>type</c> discriminator; Teams needs it, so the action goes through its polymorphic base.
/// </summary>
internal sealed class ExecuteActionAsActionConverter : JsonConverter<ExecuteAction>
{
    public override ExecuteAction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, AdaptiveCardJsonContext.Default.AdaptiveAction) as ExecuteAction
            ?? throw new JsonException("A refresh action must be an Action.Execute.");

    public override void Write(Utf8JsonWriter writer, ExecuteAction value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, AdaptiveCardJsonContext.Default.AdaptiveAction);
}
