using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>A checkbox; its value arrives as <see cref="ValueOn"/> or <see cref="ValueOff"/> (by default "true"/"false").</summary>
public sealed record InputToggle(string Id, string Title) : CardInput(Id)
{
    [JsonPropertyOrder(-1)]
    public override string Type => "Input.Toggle";

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }
}
