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

    // Every button of every card is written here; reusing the thread's buffer and writer leaves only the element itself.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The data's properties (any "verb" among them replaced) and then "verb", written straight out.</summary>
    private static JsonElement WithVerb(JsonElement? data, string verb)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartObject();
        if (data is { ValueKind: JsonValueKind.Object } given)
        {
            foreach (var property in given.EnumerateObject())
            {
                if (!property.NameEquals("verb"))
                {
                    property.WriteTo(writer);
                }
            }
        }
        writer.WriteString("verb", verb);
        writer.WriteEndObject();
        writer.Flush();
        return JsonElement.Parse(buffer.WrittenSpan);
    }
}
