using System.Globalization;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.Localization;

/// <summary>
/// Chooses the language of the turn — the user's explicit choice, else the Teams client's locale, else the
/// script of what they typed — and makes it the culture the localizer reads.
/// </summary>
public sealed class LocaleMiddleware(UserLanguage userLanguage) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        var language = await userLanguage.GetAsync(turnContext, ct) ?? LanguageDetector.FromActivity(turnContext.Activity);
        Localizer.Use(language);
        turnContext.Locale = CultureInfo.CurrentUICulture.Name;
        await next(ct);
    }
}
