using System.Text.Json.Serialization;
using System.Buffers;
using System.Text.Json;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// A Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/> and the data
/// merged with the card's inputs, and shows the card the bot answers with. Handlers route on the verb, never
/// on the title.
/// </summary>
public sealed record ExecuteAction(string Verb) : AdaptiveAction
{
    [JsonPropertyOrder(-1)]
    public override string Type => "Action.Execute";

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
        return this with
        {
            Fallback = new SubmitAction
            {
                Title = Title,
                Data = WithVerb(Data, Verb),
                AssociatedInputs = AssociatedInputs,
            },
        };
    }

    /// <summary>The data's properties (any "verb" among them replaced) and then "verb", written straight out.</summary>
    private static JsonElement WithVerb(JsonElement? data, string verb)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (data is { ValueKind: JsonValueKind.Object } given)
            {
                foreach (var property in given.EnumerateObject().Where(property => property.Name != "verb"))
                {
                    property.WriteTo(writer);
                }
            }
            writer.WriteString("verb", verb);
            writer.WriteEndObject();
        }
        return JsonElement.Parse(buffer.WrittenSpan);
    }
}
