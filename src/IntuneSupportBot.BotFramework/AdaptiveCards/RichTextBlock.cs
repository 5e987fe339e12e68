using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>Runs of styled text in one paragraph; a run's text is not markdown, so it shows exactly as given.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement
{
    [JsonPropertyOrder(-1)]
    public override string Type => "RichTextBlock";
}

public sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public FontWeight? Weight { get; init; }

    public FontSize? Size { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }
}
