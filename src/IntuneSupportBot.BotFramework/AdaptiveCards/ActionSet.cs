using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>Buttons placed inside the body, e.g. under the inputs they submit.</summary>
public sealed record ActionSet(IReadOnlyList<AdaptiveAction> Actions) : CardElement
{
    [JsonPropertyOrder(-1)]
    public override string Type => "ActionSet";
}
