using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

public sealed record OpenUrlAction(Uri Url) : AdaptiveAction
{
    [JsonPropertyOrder(-1)]
    public override string Type => "Action.OpenUrl";
}
