using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

public sealed record InputChoiceSet(string Id, IReadOnlyList<InputChoice> Choices) : CardInput(Id)
{
    [JsonPropertyOrder(-1)]
    public override string Type => "Input.ChoiceSet";

    public ChoiceInputStyle? Style { get; init; }

    /// <summary>When set, the value arrives as the chosen values joined by commas.</summary>
    public bool? IsMultiSelect { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }
}

/// <summary>A choice; its value must not contain a comma (multi-select joins values with commas).</summary>
public sealed record InputChoice(string Title, string Value);
