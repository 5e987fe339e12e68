using IntuneSupportBot.BotFramework.State;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>Loads the given state scopes before the turn and saves what changed after it.</summary>
public sealed class AutoSaveStateMiddleware(params BotState[] states) : ITurnMiddleware
{
    private readonly BotStateSet _states = new(states);

    public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        await _states.LoadAllAsync(turnContext, ct);
        await next(ct);
        await _states.SaveAllAsync(turnContext, ct);
    }
}
