using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// Text, rendered by Teams as a markdown subset: pass anything a user typed through <see cref="CardText.Escape(string)"/>.
/// </summary>
public sealed record TextBlock(string Text) : CardElement
{
    [JsonPropertyOrder(-1)]
    public override string Type => "TextBlock";

    /// <summary>On by default: unwrapped text is clipped to one line, which hides most of a ticket's detail.</summary>
    public bool Wrap { get; init; } = true;

    public FontWeight? Weight { get; init; }

    public FontSize? Size { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public int? MaxLines { get; init; }
}
