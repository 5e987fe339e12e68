using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>An element of a card's body, written with its <c>type</c> first.</summary>
[JsonConverter(typeof(CardElementConverter))]
public abstract record CardElement
{
    /// <summary>The element's name in the Adaptive Card schema, written first by each concrete type.</summary>
    public abstract string Type { get; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
