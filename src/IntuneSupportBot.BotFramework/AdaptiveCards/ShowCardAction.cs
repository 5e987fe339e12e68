using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>Unfolds a card under the button, typically the inputs of a step (a handoff note, a case number).</summary>
public sealed record ShowCardAction(AdaptiveCard Card) : AdaptiveAction
{
    [JsonPropertyOrder(-1)]
    public override string Type => "Action.ShowCard";
}
