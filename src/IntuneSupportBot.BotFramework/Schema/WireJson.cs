using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IntuneSupportBot.BotFramework.Schema;

/// <summary>
/// Options for payloads whose shape is only known at run time (an invoke response carrying the app's card):
/// the wire model's source-generated metadata first, reflection for the rest; camelCase, nulls omitted.
/// </summary>
public static class WireJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(BotJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };
}
