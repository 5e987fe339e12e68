using System.Globalization;

namespace IntuneSupportBot.Localization;

/// <summary>The language of this turn (set by <see cref="LocaleMiddleware"/>) in the catalog's terms: "ko" or "en".</summary>
public static class IntakeLanguage
{
    public static string Current =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == SupportedLanguages.Korean ? SupportedLanguages.Korean : SupportedLanguages.English;
}
