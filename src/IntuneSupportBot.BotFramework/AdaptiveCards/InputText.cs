using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

public sealed record InputText(string Id) : CardInput(Id)
{
    [JsonPropertyOrder(-1)]
    public override string Type => "Input.Text";

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    /// <summary>A hint some clients ignore; the handler still checks the length it receives.</summary>
    public int? MaxLength { get; init; }

    public string? Value { get; init; }
}
