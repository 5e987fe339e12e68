using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>An image by URL; Teams wants PNG, JPEG or GIF up to 1024×1024 and no redirecting URL.</summary>
public sealed record Image(Uri Url) : CardElement
{
    [JsonPropertyOrder(-1)]
    public override string Type => "Image";

    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }
}
