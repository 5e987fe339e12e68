using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    [JsonPropertyOrder(-1)]
    public override string Type => "Container";

    public ContainerStyle? Style { get; init; }

    /// <summary>Lets the style's background reach the card's edges.</summary>
    public bool? Bleed { get; init; }
}
