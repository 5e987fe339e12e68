using System.Text.Json.Serialization;
using System.Text.Json;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>Posts the data and inputs as a message activity (its <c>value</c>); for clients without Universal Actions.</summary>
public sealed record SubmitAction : AdaptiveAction
{
    [JsonPropertyOrder(-1)]
    public override string Type => "Action.Submit";

    public JsonElement? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
