using System.Globalization;
using System.Resources;
using IntuneSupportBot.Localization;

namespace IntuneSupportBot.Cards;

/// <summary>
/// The ticket cards' labels in one language, read with an explicit culture: a card is a function of its
/// arguments, never of the thread's culture.
/// </summary>
internal sealed class CardStrings
{
    private static readonly ResourceManager Resources = new(typeof(TicketCards));

    private CardStrings(string language, CultureInfo culture) => (Language, Culture) = (language, culture);

    public static CardStrings English { get; } = new(SupportedLanguages.English, CultureInfo.GetCultureInfo("en-US"));

    public static CardStrings Korean { get; } = new(SupportedLanguages.Korean, CultureInfo.GetCultureInfo("ko-KR"));

    /// <summary>"en" or "ko".</summary>
    public string Language { get; }

    public CultureInfo Culture { get; }

    /// <summary>"ko" (or "ko-KR") is Korean; every other language is English.</summary>
    public static CardStrings For(string language) =>
        language.StartsWith(SupportedLanguages.Korean, StringComparison.OrdinalIgnoreCase) ? Korean : English;

    public string this[string name] =>
        Resources.GetString(name, Culture) ?? throw new InvalidOperationException($"TicketCards.resx has no string {name}.");

    /// <summary>The string, or null when there is none (a name built from data, such as an urgency signal).</summary>
    public string? Find(string name) => Resources.GetString(name, Culture);

    public string Format(string name, params object?[] args) => string.Format(Culture, this[name], args);
}
