using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// Writes and reads the elements and actions of a card by their schema <c>type</c>. Each concrete type writes its own
/// <c>type</c> first, so writing hands the value to that type's source-generated writer: System.Text.Json's own
/// polymorphism would start its generic machinery (and allocate its stack of frames) for every element of every card.
/// Reading finds <c>type</c> anywhere in the object, as Teams and other writers put it where they like.
/// </summary>
internal abstract class CardTypeConverter<T> : JsonConverter<T>
    where T : class
{
    protected abstract Type? TypeNamed(string name);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A card {typeof(T).Name} must be a JSON object.");
        }
        var name = TypeOf(reader);
        var type = name is null ? null : TypeNamed(name);
        if (type is null)
        {
            throw new JsonException(name is null ? $"A card {typeof(T).Name} needs a type." : $"'{name}' is not a card {typeof(T).Name} this bot knows.");
        }
        return (T?)JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(type));
    }

    /// <summary>The object's <c>type</c>, read on a copy of the reader so that the object is then read from its start.</summary>
    private static string? TypeOf(Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType && reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }
            reader.Skip();
        }
        return null;
    }
}

internal sealed class CardElementConverter : CardTypeConverter<CardElement>
{
    protected override Type? TypeNamed(string name) => name switch
    {
        "TextBlock" => typeof(TextBlock),
        "RichTextBlock" => typeof(RichTextBlock),
        "Container" => typeof(Container),
        "ColumnSet" => typeof(ColumnSet),
        "FactSet" => typeof(FactSet),
        "Image" => typeof(Image),
        "ActionSet" => typeof(ActionSet),
        "Input.Text" => typeof(InputText),
        "Input.ChoiceSet" => typeof(InputChoiceSet),
        "Input.Toggle" => typeof(InputToggle),
        _ => null,
    };
}

internal sealed class AdaptiveActionConverter : CardTypeConverter<AdaptiveAction>
{
    protected override Type? TypeNamed(string name) => name switch
    {
        "Action.Execute" => typeof(ExecuteAction),
        "Action.Submit" => typeof(SubmitAction),
        "Action.OpenUrl" => typeof(OpenUrlAction),
        "Action.ShowCard" => typeof(ShowCardAction),
        _ => null,
    };
}
