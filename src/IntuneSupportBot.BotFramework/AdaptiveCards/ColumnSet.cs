using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    [JsonPropertyOrder(-1)]
    public override string Type => "ColumnSet";

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }
}

public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
