using IntuneSupportBot.BotFramework.State;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.Localization;

/// <summary>The language a user picked with <c>language ko</c> / <c>language en</c>, kept in user state.</summary>
public sealed class UserLanguage(UserState userState)
{
    private readonly StatePropertyAccessor<string?> _language =
        userState.CreateProperty("language", AppJsonContext.Default.String);

    public Task<string?> GetAsync(TurnContext turnContext, CancellationToken ct) =>
        _language.GetAsync(turnContext, () => null, ct);

    public Task SetAsync(TurnContext turnContext, string language, CancellationToken ct) =>
        _language.SetAsync(turnContext, language, ct);
}
