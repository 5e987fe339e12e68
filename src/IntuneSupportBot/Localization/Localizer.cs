using System.Globalization;

namespace IntuneSupportBot.Localization;

public static class Localizer
{
    /// <summary>Switches the rest of this turn to <paramref name="language"/>.</summary>
    public static void Use(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language == SupportedLanguages.Korean ? "ko-KR" : "en-US");
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
    }
}
