using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.Schema;

/// <summary>
/// A value already written as JSON, sent as those bytes: a card measured for its size is answered with the very JSON
/// that was measured, without reading it back into a document and writing it out again.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson(ReadOnlyMemory<byte> utf8)
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    /// <summary>The JSON read as a document, for code that looks inside it.</summary>
    public JsonElement ToElement() => JsonSerializer.Deserialize(Utf8.Span, BotJsonContext.Default.JsonElement);

    public override string ToString() => System.Text.Encoding.UTF8.GetString(Utf8.Span);
}

public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(JsonMarshal.GetRawUtf8Value(document.RootElement).ToArray());
    }

    // Only JSON this app wrote itself is held as RawJson, so it is not validated again on the way out.
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
}
