using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// A Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/> and the data
/// merged with the card's inputs, and shows the card the bot answers with. Handlers route on the verb, never
/// on the title.
/// </summary>
public sealed record ExecuteAction(string Verb) : AdaptiveAction
{
    public string Verb { get; init; } = !string.IsNullOrWhiteSpace(Verb) ? Verb : throw new ArgumentException("An Action.Execute needs a verb.", nameof(Verb));

    /// <summary>A JSON object; build it with <see cref="CardData.From{T}"/>.</summary>
    public JsonElement? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }

    /// <summary>
    /// This action with an <c>Action.Submit</c> fallback for clients without Universal Actions (Web Chat, older
    /// mobile builds): same title and inputs, and the data plus <c>"verb"</c>, so the message turn can route it.
    /// </summary>
    public ExecuteAction WithSubmitFallback()
    {
        var data = Data is { } given ? JsonObject.Create(given) ?? [] : [];
        data["verb"] = Verb;
        return this with
        {
            Fallback = new SubmitAction
            {
                Title = Title,
                Data = JsonSerializer.SerializeToElement(data, AdaptiveCardJsonContext.Default.JsonObject),
                AssociatedInputs = AssociatedInputs,
            },
        };
    }
}
