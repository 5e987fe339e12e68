using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>A column's width: <c>"auto"</c>, <c>"stretch"</c>, a relative weight (a number) or pixels (<c>"50px"</c>).</summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int weight)
    {
        Keyword = keyword;
        Weight = weight;
    }

    /// <summary>The string form, or null when the width is a weight.</summary>
    public string? Keyword { get; }

    public int Weight { get; }

    public static ColumnWidth Auto { get; } = new("auto", 0);

    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    public static ColumnWidth Weighted(int weight) =>
        weight > 0 ? new(null, weight) : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight is positive.");

    public static ColumnWidth Pixels(int pixels) => pixels > 0
        ? new(pixels.ToString(CultureInfo.InvariantCulture) + "px", 0)
        : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "A width is positive.");

    internal static ColumnWidth FromKeyword(string keyword) => new(keyword, 0);
}

internal sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? ColumnWidth.Weighted(reader.GetInt32())
            : ColumnWidth.FromKeyword(reader.GetString() ?? throw new JsonException("A column width is a string or a number."));

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword is { } keyword)
        {
            writer.WriteStringValue(keyword);
        }
        else
        {
            writer.WriteNumberValue(value.Weight);
        }
    }
}
