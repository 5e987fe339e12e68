using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Localization;

/// <summary>Korean when the client says so or the user writes Hangul; English otherwise.</summary>
public static class LanguageDetector
{
    public static string FromActivity(Activity activity)
    {
        var locale = activity.Locale ?? activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Locale;
        if (locale?.StartsWith(SupportedLanguages.Korean, StringComparison.OrdinalIgnoreCase) == true || ContainsHangul(activity.Text))
        {
            return SupportedLanguages.Korean;
        }
        return SupportedLanguages.English;
    }

    public static bool ContainsHangul(string? text) =>
        text is not null && text.AsSpan().IndexOfAnyInRange('\uAC00', '\uD7A3') >= 0;
}
